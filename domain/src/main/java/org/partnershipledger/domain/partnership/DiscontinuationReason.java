package org.partnershipledger.domain.partnership;

/** Why the agency discontinues a partnership (P8) [000 §57; 002 §1, §4]. */
public enum DiscontinuationReason {
    /** Little or no progress toward the objectives; allowed only with such a review on record. */
    NO_PROGRESS,
    /** The partnership or a partner violated a guiding principle, which must be named. */
    PRINCIPLE_VIOLATION,
    /** A partner pulls out of the partnership. */
    PARTNER_WITHDRAWAL,
    /** Unforeseen circumstances or a changed context make the partnership moot [002 §4]. */
    CHANGED_CONTEXT,
    /** The partners agree to end it early. */
    MUTUAL_AGREEMENT
}
