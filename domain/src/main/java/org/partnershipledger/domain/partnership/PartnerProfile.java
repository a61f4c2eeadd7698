package org.partnershipledger.domain.partnership;

import java.util.Objects;

/**
 * A partner as it takes part in one partnership: who it is and how engaged it is.
 *
 * @param registrationReference the partner's registration with its national authority, when known
 */
public record PartnerProfile(PartnerId partnerId, String name, PartnerType type, String country,
                             String registrationReference, EngagementLevel engagement) {

    public PartnerProfile {
        Objects.requireNonNull(partnerId, "partnerId is required");
        Objects.requireNonNull(type, "type is required");
        Objects.requireNonNull(engagement, "engagement is required");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code, was '" + country + "'");
        }
    }
}
