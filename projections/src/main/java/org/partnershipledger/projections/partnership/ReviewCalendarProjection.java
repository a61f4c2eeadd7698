package org.partnershipledger.projections.partnership;

import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.application.partnership.queries.FindReviewCalendar;
import org.partnershipledger.application.partnership.views.ReviewCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Answers the review calendar. What is due or overdue depends on the day it is asked, not on any event, so "today" is
 * read from the clock at query time: the same stored facts give tomorrow's answer tomorrow.
 */
public class ReviewCalendarProjection {

    /** How far ahead an officer is shown the reviews coming up. */
    public static final int DAYS_AHEAD = 30;

    private final ReviewCalendarStore store;
    private final Clock clock;

    public ReviewCalendarProjection(ReviewCalendarStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    @QueryHandler
    ReviewCalendar handle(FindReviewCalendar query) {
        LocalDate today = LocalDate.now(clock);
        String office = query.leadOffice();
        return new ReviewCalendar(today,
                store.reviewsDueBetween(today, today.plusDays(DAYS_AHEAD), office),
                store.reviewsDueBefore(today, office),
                store.openActionsDueBefore(today, office),
                store.correctivePlansDueBefore(today, office));
    }
}
