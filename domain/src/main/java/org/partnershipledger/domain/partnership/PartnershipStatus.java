package org.partnershipledger.domain.partnership;

/** Where a partnership stands in its lifecycle. */
public enum PartnershipStatus {
    PROPOSED,
    VETTED,
    AGREED,
    UNDER_CORRECTION,
    DISCONTINUED,
    CONCLUDED;

    public boolean isTerminal() {
        return this == DISCONTINUED || this == CONCLUDED;
    }
}
