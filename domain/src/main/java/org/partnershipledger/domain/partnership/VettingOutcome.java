package org.partnershipledger.domain.partnership;

/** The latest word of due diligence on a partner, as the partnership records it (P3, V5, V8). */
public enum VettingOutcome {
    /** The partner may be engaged at the vetted tier until the clearance expires. */
    CLEARED,
    /** The partner may be engaged, subject to the recorded conditions. */
    CLEARED_WITH_CONDITIONS,
    /** The partner may not be engaged; blocks agreement (V8). */
    REJECTED,
    /** New information put an earlier clearance in doubt; blocks agreement until decided again (V8). */
    REOPENED;

    /** Whether this outcome lets the partner be engaged. */
    public boolean clears() {
        return this == CLEARED || this == CLEARED_WITH_CONDITIONS;
    }
}
