package org.partnershipledger.domain.partnership;

/** What follows the conclusion of a partnership (P9) [002 §1–3; 003 Phase 4]. */
public enum NextStep {
    /** The outcomes are sustained by the partners; the partnership ends. */
    SUSTAIN,
    /** The work is taken up by institutions; the partnership ends. */
    INSTITUTIONALIZE,
    /** The partnership ends with nothing to carry on. */
    CLOSE,
    /** A new agreement cycle starts: the partnership goes back to VETTED and needs a new agreement. */
    RENEW;

    /** Whether the partnership ends for good with this step. */
    public boolean ends() {
        return this != RENEW;
    }
}
