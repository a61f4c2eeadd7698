package org.partnershipledger.domain.partnership;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.partnership.commands.AgreeCorrectiveActionPlan;
import org.partnershipledger.domain.partnership.commands.CompleteCorrectiveAction;
import org.partnershipledger.domain.partnership.commands.RecordReview;
import org.partnershipledger.domain.partnership.events.CorrectiveActionCompleted;
import org.partnershipledger.domain.partnership.events.CorrectiveActionPlanAgreed;
import org.partnershipledger.domain.partnership.events.PartnershipCorrected;
import org.partnershipledger.domain.partnership.events.PartnershipPlacedUnderCorrection;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.startsWith;
import static org.partnershipledger.domain.partnership.PartnershipForm.COLLABORATIVE_RELATIONSHIP;
import static org.partnershipledger.domain.partnership.PartnershipForm.FORMAL_PARTNERSHIP;
import static org.partnershipledger.domain.partnership.PartnershipTestData.*;
import static org.partnershipledger.domain.partnership.ReviewProgress.LITTLE_OR_NO_PROGRESS;
import static org.partnershipledger.domain.partnership.ReviewProgress.ON_TRACK;
import static org.partnershipledger.domain.partnership.ReviewProgress.SOME_PROGRESS;

/** P7: one corrective plan at a time, agreed within the deadline, closed when done and progress is shown. */
class CorrectiveActionTest {

    private static final LocalDate DONE_ON = LocalDate.of(2025, 8, 20);

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---- agreeing the plan ------------------------------------------------------------------------------------

    @Test
    void a_corrective_action_plan_is_agreed_under_correction() {
        fixture.given(underCorrectionHistory())
               .when(plan())
               .expectSuccessfulHandlerExecution()
               .expectEvents(planAgreed(plan()));
    }

    @Test
    void a_plan_with_a_budget_modification_records_the_budget_it_replaces() {
        AgreeCorrectiveActionPlan withBudget = withBudget(plan(), Money.of("300000", "USD"));

        fixture.given(underCorrectionHistory())
               .when(withBudget)
               .expectEvents(new CorrectiveActionPlanAgreed(ID, PLAN, withBudget.actions(), Money.of("300000", "USD"),
                       "more facilitators", TRANSFER, PLAN_AGREED_ON, PLAN_DEADLINE));
    }

    @Test
    void a_plan_is_agreed_only_under_correction() {
        fixture.given(agreedHistory(TOSTAN))
               .when(plan())
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P7: a corrective action plan is agreed only under correction; "
                       + "the partnership is AGREED");
    }

    @Test
    void only_one_plan_is_open_at_a_time() {
        AgreeCorrectiveActionPlan second = new AgreeCorrectiveActionPlan(ID, new CorrectivePlanId("plan-2"),
                plan().actions(), null, null, TODAY);

        fixture.given(planOpenHistory())
               .when(second)
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P7: corrective action plan plan-1 is still open: one plan at a time");
    }

    @Test
    void a_plan_recorded_after_the_deadline_is_refused_even_when_dated_within_it() {
        fixture(clockOn(PLAN_DEADLINE.plusDays(1)))
               .given(underCorrectionHistory())
               .when(plan())
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P7: the corrective action plan had to be agreed by 2025-06-19, within 30 days "
                       + "of review r-1; it is 2025-06-20");
    }

    @Test
    void a_plan_may_be_agreed_on_the_deadline_day() {
        AgreeCorrectiveActionPlan onTheDay = new AgreeCorrectiveActionPlan(ID, PLAN, plan().actions(), null, null,
                PLAN_DEADLINE);

        fixture(clockOn(PLAN_DEADLINE))
               .given(underCorrectionHistory())
               .when(onTheDay)
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_plan_dated_after_today_is_refused() {
        AgreeCorrectiveActionPlan future = new AgreeCorrectiveActionPlan(ID, PLAN, plan().actions(), null, null,
                TODAY.plusDays(3));

        fixture.given(underCorrectionHistory())
               .when(future)
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P7: the plan's agreed-on date 2025-06-05 must lie between the review of "
                       + "2025-05-20 and today, 2025-06-02");
    }

    @Test
    void a_plan_dated_before_the_review_that_called_for_it_is_refused() {
        AgreeCorrectiveActionPlan early = new AgreeCorrectiveActionPlan(ID, PLAN, plan().actions(), null, null,
                POOR_REVIEW_DATE.minusDays(1));

        fixture.given(underCorrectionHistory())
               .when(early)
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(startsWith("P7: the plan's agreed-on date 2025-05-19 must lie between"));
    }

    @Test
    void actions_need_a_partner_or_the_agency_responsible_and_a_due_date_after_the_plan() {
        AgreeCorrectiveActionPlan bad = new AgreeCorrectiveActionPlan(ID, PLAN, List.of(
                action(ACTION_1, ResponsibleParty.partner(SONATEL.partnerId())),
                new CorrectiveAction(ACTION_2, "Audit", ResponsibleParty.agency(), PLAN_AGREED_ON.minusDays(1))),
                null, null, PLAN_AGREED_ON);

        fixture.given(underCorrectionHistory())
               .when(bad)
               .expectNoEvents()
               .expectException(violationNaming(Rule.P7, "action a-1: responsible sonatel is not a partner",
                       "action a-2: due 2025-05-31, before the plan"));
    }

    @Test
    void a_budget_modification_beyond_small_scale_needs_the_parts_a_small_agreement_omitted() {
        PartnershipProposed small = PartnershipTestData.proposed(FORMAL_PARTNERSHIP, SMALL_TRANSFER, TOSTAN);

        fixture.given(history(vettedHistory(small), agreementConcluded(small,
                       withoutExitStrategyAndIndicators(formalTerms(TOSTAN)), 1, SIGNED_ON, true),
                       recorded(poorReview()), placedUnderCorrection()))
               .when(withBudget(plan(), TRANSFER))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P5, "indicators", "exitStrategy"))
               .expectExceptionMessage(startsWith("P5: a budget of 250000 USD is beyond small-scale funding"));
    }

    @Test
    void a_collaborative_relationship_gets_no_budget_from_a_plan() {
        PartnershipProposed collaboration = PartnershipTestData.proposed(COLLABORATIVE_RELATIONSHIP, null, TOSTAN);

        fixture.given(history(vettedHistory(collaboration),
                       agreementConcluded(collaboration, collaborativeTerms(TOSTAN), 1, SIGNED_ON, false),
                       recorded(poorReview()), placedUnderCorrection()))
               .when(withBudget(plan(), SMALL_TRANSFER))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(startsWith("P1: a collaborative relationship transfers no funds or resources"));
    }

    @Test
    void a_plan_lists_at_least_one_action_each_with_its_own_id() {
        assertThatThrownBy(() -> new AgreeCorrectiveActionPlan(ID, PLAN, List.of(), null, null, TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actions must list at least one corrective action");
        CorrectiveAction twice = action(ACTION_1, ResponsibleParty.agency());
        assertThatThrownBy(() -> new AgreeCorrectiveActionPlan(ID, PLAN, List.of(twice, twice), null, null, TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("actions must have distinct ids, a-1 repeats");
        assertThatThrownBy(() -> withBudget(plan(), TRANSFER, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("budgetNote is required with a budgetModification");
    }

    // ---- completing actions and closing the plan --------------------------------------------------------------

    @Test
    void completing_an_action_is_recorded() {
        fixture.given(planOpenHistory())
               .when(complete(ACTION_1, DONE_ON))
               .expectEvents(completed(ACTION_1, DONE_ON));
    }

    @Test
    void the_last_action_done_after_a_progress_review_closes_the_plan_as_corrected() {
        RecordReview progress = review("r-2", LocalDate.of(2025, 7, 15), SOME_PROGRESS, TOSTAN);

        fixture.given(history(planOpenHistory(), completed(ACTION_1, DONE_ON), recorded(progress)))
               .when(complete(ACTION_2, DONE_ON))
               .expectEvents(completed(ACTION_2, DONE_ON),
                       new PartnershipCorrected(ID, PLAN, progress.reviewId(), DONE_ON));
    }

    @Test
    void a_progress_review_after_every_action_is_done_closes_the_plan_as_corrected() {
        RecordReview progress = review("r-2", LocalDate.of(2025, 9, 15), ON_TRACK, TOSTAN);

        fixture.given(history(planOpenHistory(), completed(ACTION_1, DONE_ON), completed(ACTION_2, DONE_ON)))
               .when(progress)
               .expectEvents(recorded(progress),
                       new PartnershipCorrected(ID, PLAN, progress.reviewId(), progress.reviewDate()));
    }

    @Test
    void every_action_done_while_the_latest_review_shows_no_progress_keeps_it_under_correction() {
        RecordReview progress = review("r-2", LocalDate.of(2025, 7, 1), SOME_PROGRESS, TOSTAN);
        RecordReview relapse = review("r-3", LocalDate.of(2025, 8, 1), LITTLE_OR_NO_PROGRESS, TOSTAN);

        fixture.given(history(planOpenHistory(), recorded(progress), recorded(relapse), completed(ACTION_1, DONE_ON)))
               .when(complete(ACTION_2, DONE_ON))
               .expectEvents(completed(ACTION_2, DONE_ON));
    }

    @Test
    void a_progress_review_dated_before_the_plan_does_not_close_it() {
        RecordReview backdated = review("r-2", PLAN_AGREED_ON.minusDays(5), SOME_PROGRESS, TOSTAN);

        fixture.given(history(planOpenHistory(), completed(ACTION_1, DONE_ON), completed(ACTION_2, DONE_ON)))
               .when(backdated)
               .expectEvents(recorded(backdated));
    }

    @Test
    void once_corrected_the_partnership_is_agreed_again_and_a_new_poor_review_reopens_correction() {
        RecordReview progress = review("r-2", LocalDate.of(2025, 9, 15), ON_TRACK, TOSTAN);
        RecordReview relapse = review("r-3", LocalDate.of(2026, 3, 1), LITTLE_OR_NO_PROGRESS, TOSTAN);

        fixture.given(history(planOpenHistory(), completed(ACTION_1, DONE_ON), completed(ACTION_2, DONE_ON),
                       recorded(progress), new PartnershipCorrected(ID, PLAN, progress.reviewId(), progress.reviewDate())))
               .when(relapse)
               .expectEvents(recorded(relapse), new PartnershipPlacedUnderCorrection(ID, relapse.reviewId(),
                       relapse.reviewDate(), relapse.reviewDate().plusDays(30)));
    }

    @Test
    void completing_an_action_without_an_open_plan_is_refused() {
        fixture.given(underCorrectionHistory())
               .when(complete(ACTION_1, DONE_ON))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P7: no corrective action plan is open; the partnership is UNDER_CORRECTION");
    }

    @Test
    void completing_an_action_the_plan_does_not_have_is_refused() {
        fixture.given(planOpenHistory())
               .when(complete(new CorrectiveActionId("a-9"), DONE_ON))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P7: corrective action plan plan-1 has no action a-9");
    }

    @Test
    void an_action_is_completed_once() {
        fixture.given(history(planOpenHistory(), completed(ACTION_1, DONE_ON)))
               .when(complete(ACTION_1, DONE_ON))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P7: action a-1 is already completed");
    }

    @Test
    void an_action_cannot_be_completed_before_its_plan_was_agreed() {
        fixture.given(planOpenHistory())
               .when(complete(ACTION_1, PLAN_AGREED_ON.minusDays(1)))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P7: action a-1 cannot be completed before its plan was agreed on 2025-06-01");
    }

    private static PartnershipPlacedUnderCorrection placedUnderCorrection() {
        return new PartnershipPlacedUnderCorrection(ID, POOR_REVIEW, POOR_REVIEW_DATE, PLAN_DEADLINE);
    }

    private static AgreeCorrectiveActionPlan withBudget(AgreeCorrectiveActionPlan p, Money budget) {
        return withBudget(p, budget, "more facilitators");
    }

    private static AgreeCorrectiveActionPlan withBudget(AgreeCorrectiveActionPlan p, Money budget, String note) {
        return new AgreeCorrectiveActionPlan(ID, p.planId(), p.actions(), budget, note, p.agreedOn());
    }

    private static CompleteCorrectiveAction complete(CorrectiveActionId actionId, LocalDate on) {
        return new CompleteCorrectiveAction(ID, actionId, on, "done: facilitators recruited");
    }

    private static CorrectiveActionCompleted completed(CorrectiveActionId actionId, LocalDate on) {
        return new CorrectiveActionCompleted(ID, PLAN, actionId, on, "done: facilitators recruited");
    }
}
