package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * A corrective action plan (P7): open while the partnership works through it, closed when it is corrected or when the
 * partnership or its agreement cycle ends first.
 *
 * @param planId                 the plan's id
 * @param agreedOn               the date the partners agreed the plan (ISO 8601 date)
 * @param deadline               the day by which the plan had to be agreed
 * @param actions                the plan's actions, in the order given
 * @param budgetModification     the revised total the agency transfers, or {@code null} when the budget stays
 * @param budgetNote             why the budget changed, or null
 * @param previousAgencyTransfer what the agency transferred before the plan, or {@code null}
 * @param closedOn               the day the plan closed, {@code null} while open
 * @param closure                why it closed, {@code null} while open
 * @param correctedByReviewId    for a corrected plan, the review that showed progress
 */
public record CorrectivePlanView(String planId,
                                 LocalDate agreedOn,
                                 LocalDate deadline,
                                 List<CorrectiveActionView> actions,
                                 Money budgetModification,
                                 String budgetNote,
                                 Money previousAgencyTransfer,
                                 LocalDate closedOn,
                                 Closure closure,
                                 String correctedByReviewId) {

    public CorrectivePlanView {
        actions = ViewCollections.listOf(actions);
    }

    /** Why a plan is no longer open. */
    public enum Closure {
        /** Every action done and a later review showed progress (P7). */
        CORRECTED,
        /** The partnership was discontinued with the plan still open (P8). */
        PARTNERSHIP_DISCONTINUED,
        /** The agreement cycle was concluded with the plan still open (P9). */
        CYCLE_CONCLUDED
    }
}
