package org.partnershipledger.projections.partnership;

import org.partnershipledger.projections.EventHistory;
import org.partnershipledger.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.partnershipledger.application.partnership.queries.FindReviewCalendar;
import org.partnershipledger.application.partnership.views.OverdueActionView;
import org.partnershipledger.application.partnership.views.ReviewCalendar;
import org.partnershipledger.application.partnership.views.ReviewDueView;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.NextStep;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.domain.partnership.ReviewProgress;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.projections.partnership.PartnershipEvents.TOSTAN;
import static org.partnershipledger.projections.partnership.PartnershipEvents.action;

class ReviewCalendarProjectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 15);
    private static final Instant PROPOSED_AT = Instant.parse("2026-01-05T08:00:00Z");

    private final InMemoryPartnershipStore store = new InMemoryPartnershipStore();
    private final PartnershipViewProjection views = new PartnershipViewProjection(store);
    private final MutableClock clock = new MutableClock(TODAY);
    private final ReviewCalendarProjection calendar = new ReviewCalendarProjection(store, clock);

    @Test
    void the_calendar_is_drawn_up_for_today() {
        assertThat(calendar().asOf()).isEqualTo(TODAY);
    }

    @Test
    void a_review_due_yesterday_is_overdue() {
        agreedWithReviewDue("p-1", "Yesterday", TODAY.minusDays(1), "CO-SEN");

        assertThat(calendar().reviewsOverdue()).singleElement().satisfies(review -> {
            assertThat(review.partnershipId()).isEqualTo("p-1");
            assertThat(review.title()).isEqualTo("Yesterday");
            assertThat(review.leadOffice()).isEqualTo("CO-SEN");
            assertThat(review.status()).isEqualTo(PartnershipStatus.AGREED);
            assertThat(review.dueOn()).isEqualTo(TODAY.minusDays(1));
        });
        assertThat(calendar().reviewsDue()).isEmpty();
    }

    @Test
    void a_review_due_today_is_due_not_overdue() {
        agreedWithReviewDue("p-1", "Today", TODAY, "CO-SEN");

        assertThat(calendar().reviewsDue()).extracting(ReviewDueView::dueOn).containsExactly(TODAY);
        assertThat(calendar().reviewsOverdue()).isEmpty();
    }

    @Test
    void reviews_due_within_the_next_30_days_are_listed_and_later_ones_are_not() {
        agreedWithReviewDue("p-1", "In 31 days", TODAY.plusDays(31), "CO-SEN");
        agreedWithReviewDue("p-2", "In 30 days", TODAY.plusDays(30), "CO-SEN");
        agreedWithReviewDue("p-3", "In 2 days", TODAY.plusDays(2), "CO-SEN");

        assertThat(calendar().reviewsDue()).extracting(ReviewDueView::title)
                .containsExactly("In 2 days", "In 30 days");
    }

    @Test
    void moving_the_clock_past_the_due_date_makes_the_review_overdue_without_new_events() {
        agreedWithReviewDue("p-1", "Soon", TODAY.plusDays(5), "CO-SEN");
        assertThat(calendar().reviewsOverdue()).isEmpty();

        clock.set(TODAY.plusDays(6));

        assertThat(calendar().reviewsOverdue()).extracting(ReviewDueView::partnershipId).containsExactly("p-1");
        assertThat(calendar().asOf()).isEqualTo(TODAY.plusDays(6));
    }

    @Test
    void recording_the_review_moves_the_next_due_date_out_of_the_overdue_list() {
        LocalDate signedOn = TODAY.minusMonths(7);
        PartnershipEvents events = new PartnershipEvents("p-1");
        EventHistory history = new EventHistory(views, PROPOSED_AT)
                .then(events.proposed("Reviewed late"), events.agreed(signedOn, 6));
        assertThat(calendar().reviewsOverdue()).hasSize(1);

        history.then(events.reviewed("r-1", TODAY.minusDays(3), ReviewProgress.ON_TRACK));

        assertThat(calendar().reviewsOverdue()).isEmpty();
        assertThat(calendar().reviewsDue()).isEmpty();
    }

    @Test
    void an_open_action_past_its_due_date_is_overdue_until_it_is_done() {
        LocalDate reviewDate = TODAY.minusDays(40);
        PartnershipEvents events = new PartnershipEvents("p-1");
        EventHistory history = new EventHistory(views, PROPOSED_AT).then(events.proposed("Stalled"),
                events.agreed(TODAY.minusMonths(8), 6),
                events.reviewed("r-1", reviewDate, ReviewProgress.LITTLE_OR_NO_PROGRESS),
                events.placedUnderCorrection("r-1", reviewDate),
                events.planAgreed("plan-1", reviewDate.plusDays(5), reviewDate.plusDays(30), null,
                        action("hire", TOSTAN, TODAY.minusDays(1)), action("audit", null, TODAY),
                        action("train", null, TODAY.minusDays(10))));

        assertThat(calendar().correctiveActionsOverdue()).satisfiesExactly(
                train -> {
                    assertThat(train.actionId()).isEqualTo("train");
                    assertThat(train.responsible()).isEqualTo("agency");
                },
                hire -> {
                    assertThat(hire.partnershipId()).isEqualTo("p-1");
                    assertThat(hire.title()).isEqualTo("Stalled");
                    assertThat(hire.description()).isEqualTo("do hire");
                    assertThat(hire.responsible()).isEqualTo("Tostan");
                    assertThat(hire.dueDate()).isEqualTo(TODAY.minusDays(1));
                });

        history.then(events.actionCompleted("plan-1", "train", TODAY));

        assertThat(calendar().correctiveActionsOverdue()).extracting(OverdueActionView::actionId)
                .containsExactly("hire");
    }

    @Test
    void a_plan_not_agreed_by_its_deadline_is_overdue() {
        LocalDate reviewDate = TODAY.minusDays(31);
        PartnershipEvents events = new PartnershipEvents("p-1");
        new EventHistory(views, PROPOSED_AT).then(events.proposed("No plan"),
                events.agreed(TODAY.minusMonths(8), 6),
                events.reviewed("r-1", reviewDate, ReviewProgress.LITTLE_OR_NO_PROGRESS),
                events.placedUnderCorrection("r-1", reviewDate));

        assertThat(calendar().correctivePlansOverdue()).singleElement().satisfies(plan -> {
            assertThat(plan.partnershipId()).isEqualTo("p-1");
            assertThat(plan.planDeadline()).isEqualTo(TODAY.minusDays(1));
        });

        clock.set(TODAY.minusDays(1));
        assertThat(calendar().correctivePlansOverdue()).as("the deadline day itself is still in time").isEmpty();
    }

    @Test
    void an_agreed_plan_is_not_overdue() {
        LocalDate reviewDate = TODAY.minusDays(60);
        PartnershipEvents events = new PartnershipEvents("p-1");
        new EventHistory(views, PROPOSED_AT).then(events.proposed("Plan agreed"),
                events.agreed(TODAY.minusMonths(8), 6),
                events.reviewed("r-1", reviewDate, ReviewProgress.LITTLE_OR_NO_PROGRESS),
                events.placedUnderCorrection("r-1", reviewDate),
                events.planAgreed("plan-1", reviewDate.plusDays(5), reviewDate.plusDays(30), null,
                        action("hire", TOSTAN, TODAY.plusDays(10))));

        assertThat(calendar().correctivePlansOverdue()).isEmpty();
        assertThat(calendar().correctiveActionsOverdue()).isEmpty();
    }

    @Test
    void an_ended_partnership_has_nothing_due() {
        LocalDate reviewDate = TODAY.minusDays(60);
        PartnershipEvents events = new PartnershipEvents("p-1");
        new EventHistory(views, PROPOSED_AT).then(events.proposed("Ended"),
                events.agreed(TODAY.minusMonths(8), 6),
                events.reviewed("r-1", reviewDate, ReviewProgress.LITTLE_OR_NO_PROGRESS),
                events.placedUnderCorrection("r-1", reviewDate),
                events.planAgreed("plan-1", reviewDate.plusDays(5), reviewDate.plusDays(30), null,
                        action("hire", TOSTAN, TODAY.minusDays(10))),
                events.discontinued(DiscontinuationReason.NO_PROGRESS, TODAY.minusDays(2), "r-1"));
        PartnershipEvents concluded = new PartnershipEvents("p-2");
        new EventHistory(views, PROPOSED_AT).then(concluded.proposed("Concluded"),
                concluded.agreed(TODAY.minusMonths(8), 6),
                concluded.concluded(1, TODAY.minusDays(1), NextStep.SUSTAIN));

        ReviewCalendar calendar = calendar();
        assertThat(calendar.reviewsDue()).isEmpty();
        assertThat(calendar.reviewsOverdue()).isEmpty();
        assertThat(calendar.correctiveActionsOverdue()).isEmpty();
        assertThat(calendar.correctivePlansOverdue()).isEmpty();
    }

    @Test
    void the_calendar_can_be_limited_to_one_lead_office() {
        agreedWithReviewDue("p-1", "Senegal", TODAY.minusDays(1), "CO-SEN");
        agreedWithReviewDue("p-2", "Regional", TODAY.minusDays(2), "RO-WCA");

        assertThat(calendar.handle(new FindReviewCalendar("RO-WCA")).reviewsOverdue())
                .extracting(ReviewDueView::title).containsExactly("Regional");
        assertThat(calendar().reviewsOverdue()).extracting(ReviewDueView::title)
                .containsExactly("Regional", "Senegal");
    }

    /** A partnership reviewed every 6 months whose agreement started so that its first review falls on {@code due}. */
    private void agreedWithReviewDue(String id, String title, LocalDate due, String office) {
        PartnershipEvents events = new PartnershipEvents(id);
        LocalDate start = due.minusMonths(6);
        new EventHistory(views, PROPOSED_AT).then(events.proposed(title, "purpose", office),
                events.agreed(1, start, start, 6));
    }

    private ReviewCalendar calendar() {
        return calendar.handle(FindReviewCalendar.forAllOffices());
    }
}
