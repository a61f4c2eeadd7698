package org.partnershipledger.domain.partnership;

/** How well one aspect of the way the partnership works is going, as the partners judge it in a review (P6). */
public enum FunctioningRating {
    WORKS_WELL,
    NEEDS_ATTENTION,
    NOT_WORKING
}
