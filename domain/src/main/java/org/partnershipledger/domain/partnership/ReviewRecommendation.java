package org.partnershipledger.domain.partnership;

/**
 * What a review recommends (P6). A recommendation is advice recorded for the partners; it changes no status by
 * itself: the partners act on it with the matching command.
 */
public enum ReviewRecommendation {
    /** Carry on as agreed. */
    CONTINUE,
    /** Revise the agreement: followed by AmendAgreement (P10). */
    REVISE,
    /** Agree corrective action: followed by AgreeCorrectiveActionPlan (P7). */
    CORRECTIVE_ACTION,
    /** End early: followed by DiscontinuePartnership (P8). */
    DISCONTINUE,
    /** Objectives met or duration over: followed by ConcludePartnership (P9). */
    CONCLUDE
}
