package org.partnershipledger.domain.partnership;

import java.util.Objects;
import java.util.UUID;

/** Identifies one partnership for its whole life; its string form is the aggregate identifier in the event store. */
public record PartnershipId(String value) {

    public PartnershipId {
        Objects.requireNonNull(value, "partnership id is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("partnership id must not be blank");
        }
    }

    public static PartnershipId newId() {
        return new PartnershipId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
