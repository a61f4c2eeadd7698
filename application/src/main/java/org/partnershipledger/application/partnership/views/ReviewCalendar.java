package org.partnershipledger.application.partnership.views;

import java.time.LocalDate;
import java.util.List;

/**
 * What needs an officer's attention on {@code asOf}: reviews coming up and overdue (P6), corrective actions and plans
 * overdue (P7). Each list is ordered by its date, earliest first.
 *
 * @param asOf                     the day the calendar was drawn up for ("today" when it was asked)
 * @param reviewsDue               next reviews due from {@code asOf} through the following 30 days
 * @param reviewsOverdue           next reviews due before {@code asOf}
 * @param correctiveActionsOverdue open actions not done whose due date is before {@code asOf}
 * @param correctivePlansOverdue   partnerships under correction with no plan agreed and a deadline before {@code asOf}
 */
public record ReviewCalendar(LocalDate asOf,
                             List<ReviewDueView> reviewsDue,
                             List<ReviewDueView> reviewsOverdue,
                             List<OverdueActionView> correctiveActionsOverdue,
                             List<OverduePlanView> correctivePlansOverdue) {

    public ReviewCalendar {
        reviewsDue = ViewCollections.listOf(reviewsDue);
        reviewsOverdue = ViewCollections.listOf(reviewsOverdue);
        correctiveActionsOverdue = ViewCollections.listOf(correctiveActionsOverdue);
        correctivePlansOverdue = ViewCollections.listOf(correctivePlansOverdue);
    }
}
