package org.partnershipledger.domain.vetting;

/** What an approver decides on a complete vetting (V5). */
public enum VettingDecision {
    /** The partner may be engaged at the vetted tier until the clearance expires. */
    CLEARED,
    /** The partner may be engaged subject to the stated conditions. */
    CLEARED_WITH_CONDITIONS,
    /** The partner may not be engaged. */
    REJECTED;

    public boolean clears() {
        return this != REJECTED;
    }
}
