package org.partnershipledger.domain.partnership;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.partnership.commands.RecordReview;
import org.partnershipledger.domain.partnership.events.PartnershipPlacedUnderCorrection;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.startsWith;
import static org.partnershipledger.domain.partnership.PartnershipTestData.*;
import static org.partnershipledger.domain.partnership.ReviewProgress.LITTLE_OR_NO_PROGRESS;
import static org.partnershipledger.domain.partnership.ReviewProgress.ON_TRACK;
import static org.partnershipledger.domain.partnership.ReviewProgress.SOME_PROGRESS;

/** P6: participatory reviews after agreement; P7: little or no progress opens correction. */
class ReviewTest {

    private static final LocalDate REVIEW_DATE = LocalDate.of(2025, 9, 1);

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void a_review_hearing_every_partner_on_every_aspect_is_recorded() {
        RecordReview review = review("r-1", REVIEW_DATE, ON_TRACK, TOSTAN, UCAD);

        fixture.given(agreedHistory(TOSTAN, UCAD))
               .when(review)
               .expectSuccessfulHandlerExecution()
               .expectEvents(recorded(review));
    }

    @Test
    void an_aspect_described_in_words_only_counts_as_assessed() {
        AspectAssessment inWords = new AspectAssessment(null, "monthly meetings, well attended");
        RecordReview review = withFunctioning(review("r-1", REVIEW_DATE, ON_TRACK, TOSTAN),
                new FunctioningAssessment(inWords, inWords, inWords, inWords, inWords));

        fixture.given(agreedHistory(TOSTAN))
               .when(review)
               .expectEvents(recorded(review));
    }

    @Test
    void reviews_happen_only_after_agreement() {
        fixture.given(vettedHistory(formalProposal(TOSTAN)))
               .when(review("r-1", REVIEW_DATE, ON_TRACK, TOSTAN))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P6: reviews happen only after agreement; the partnership is VETTED");
    }

    @Test
    void a_review_that_did_not_hear_every_partner_is_refused_naming_those_not_heard() {
        fixture.given(agreedHistory(TOSTAN, UCAD))
               .when(review("r-1", REVIEW_DATE, ON_TRACK, TOSTAN))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P6, "participation of partner Université Cheikh Anta Diop",
                       "commitments of partner Université Cheikh Anta Diop"))
               .expectExceptionMessage(startsWith("P6: a review hears every partner and covers progress, "
                       + "functioning and worth; missing: participation of partner Université Cheikh Anta Diop"));
    }

    @Test
    void a_review_leaving_out_aspects_is_refused_naming_each() {
        AspectAssessment good = AspectAssessment.rated(FunctioningRating.WORKS_WELL);
        RecordReview r = review("r-1", REVIEW_DATE, ON_TRACK, TOSTAN);
        RecordReview partial = new RecordReview(ID, r.reviewId(), r.reviewDate(), r.progress(),
                new FunctioningAssessment(good, good, null, good, new AspectAssessment(null, " ")), null, null,
                r.participants(), r.commitments(), r.recommendation(), r.summary());

        fixture.given(agreedHistory(TOSTAN))
               .when(partial)
               .expectNoEvents()
               .expectException(violationNaming(Rule.P6, "functioning: communications",
                       "functioning: financialOperations", "worthItsCosts"));
    }

    @Test
    void a_review_without_a_functioning_assessment_names_all_five_aspects() {
        fixture.given(agreedHistory(TOSTAN))
               .when(withFunctioning(review("r-1", REVIEW_DATE, ON_TRACK, TOSTAN), null))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P6, "functioning: decisionMakingAndGovernance",
                       "functioning: roles", "functioning: communications", "functioning: workingRelations",
                       "functioning: financialOperations"));
    }

    @Test
    void a_participant_who_is_not_a_partner_is_refused() {
        RecordReview r = review("r-1", REVIEW_DATE, ON_TRACK, TOSTAN);
        RecordReview stranger = new RecordReview(ID, r.reviewId(), r.reviewDate(), r.progress(), r.functioning(),
                true, null, List.of(TOSTAN.partnerId(), new PartnerId("nobody")), r.commitments(),
                r.recommendation(), r.summary());

        fixture.given(agreedHistory(TOSTAN))
               .when(stranger)
               .expectNoEvents()
               .expectException(violationNaming(Rule.P6, "unknown participant nobody"));
    }

    @Test
    void a_review_id_is_recorded_once() {
        RecordReview review = review("r-1", REVIEW_DATE, ON_TRACK, TOSTAN);

        fixture.given(history(agreedHistory(TOSTAN), recorded(review)))
               .when(review)
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P6: review r-1 is already recorded");
    }

    @Test
    void a_review_cannot_predate_the_agreement() {
        fixture.given(agreedHistory(TOSTAN))
               .when(review("r-1", SIGNED_ON.minusDays(1), ON_TRACK, TOSTAN))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P6: a review cannot predate the agreement signed on 2025-03-01");
    }

    @Test
    void little_or_no_progress_places_the_partnership_under_correction_with_a_plan_deadline() {
        fixture.given(agreedHistory(TOSTAN))
               .when(poorReview())
               .expectEvents(recorded(poorReview()),
                       new PartnershipPlacedUnderCorrection(ID, POOR_REVIEW, POOR_REVIEW_DATE,
                               LocalDate.of(2025, 6, 19)));
    }

    @Test
    void a_poor_review_too_late_in_the_calendar_for_a_plan_deadline_is_refused() {
        fixture.given(agreedHistory(TOSTAN))
               .when(review("r-late", LocalDate.MAX, LITTLE_OR_NO_PROGRESS, TOSTAN))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P7: a review on +999999999-12-31 leaves no day in the calendar for the "
                       + "corrective plan's deadline");
    }

    @Test
    void an_on_track_review_on_the_calendar_s_last_day_needs_no_deadline_and_is_recorded() {
        fixture.given(agreedHistory(TOSTAN))
               .when(review("r-late", LocalDate.MAX, ON_TRACK, TOSTAN))
               .expectEvents(recorded(review("r-late", LocalDate.MAX, ON_TRACK, TOSTAN)));
    }

    @Test
    void the_plan_deadline_follows_the_policy() {
        FixtureConfiguration<Partnership> strict = new AggregateTestFixture<>(Partnership.class);
        strict.registerInjectableResource(new PartnershipPolicy(6, Money.of("10000", "USD"), 14));
        strict.registerInjectableResource(TierPolicy.DEFAULT);
        strict.registerInjectableResource(CLOCK);

        strict.given(agreedHistory(TOSTAN))
              .when(poorReview())
              .expectEvents(recorded(poorReview()),
                      new PartnershipPlacedUnderCorrection(ID, POOR_REVIEW, POOR_REVIEW_DATE,
                              POOR_REVIEW_DATE.plusDays(14)));
    }

    @Test
    void a_second_poor_review_under_correction_keeps_it_under_correction_with_its_first_deadline() {
        RecordReview again = review("r-2", LocalDate.of(2025, 6, 10), LITTLE_OR_NO_PROGRESS, TOSTAN);

        fixture.given(underCorrectionHistory())
               .when(again)
               .expectEvents(recorded(again));
    }

    @Test
    void progress_under_correction_without_an_agreed_plan_does_not_end_the_correction() {
        RecordReview better = review("r-2", LocalDate.of(2025, 6, 10), SOME_PROGRESS, TOSTAN);

        fixture.given(underCorrectionHistory())
               .when(better)
               .expectEvents(recorded(better));
    }

    private static RecordReview withFunctioning(RecordReview r, FunctioningAssessment functioning) {
        return new RecordReview(ID, r.reviewId(), r.reviewDate(), r.progress(), functioning, r.worthItsCosts(),
                r.worthItsCostsNote(), r.participants(), r.commitments(), r.recommendation(), r.summary());
    }
}
