package org.partnershipledger.domain.vetting;

/** How a partner fares against one criterion (V2). */
public enum AssessmentResult {
    MET,
    NOT_MET,
    /** Not met as such, but acceptable under a stated condition that the clearance must carry. */
    MITIGATED;

    /** Whether the partner may be cleared on this criterion, possibly with a condition. */
    public boolean isFavourable() {
        return this != NOT_MET;
    }
}
