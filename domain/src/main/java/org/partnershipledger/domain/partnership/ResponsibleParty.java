package org.partnershipledger.domain.partnership;

/**
 * Who is responsible for a corrective action (P7): a partner of the partnership, or the agency itself.
 *
 * @param partnerId the responsible partner, or {@code null} when the agency is responsible
 */
public record ResponsibleParty(PartnerId partnerId) {

    public static ResponsibleParty agency() {
        return new ResponsibleParty(null);
    }

    public static ResponsibleParty partner(PartnerId partnerId) {
        return new ResponsibleParty(java.util.Objects.requireNonNull(partnerId, "partnerId is required"));
    }

    public boolean byAgency() {
        return partnerId == null;
    }
}
