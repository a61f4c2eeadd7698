package org.partnershipledger.domain.partnership;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.partnership.commands.DiscontinuePartnership;
import org.partnershipledger.domain.partnership.commands.RecordReview;
import org.partnershipledger.domain.partnership.commands.WithdrawProposal;
import org.partnershipledger.domain.partnership.events.PartnershipDiscontinued;
import org.partnershipledger.domain.partnership.events.ProposalWithdrawn;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.startsWith;
import static org.partnershipledger.domain.partnership.DiscontinuationReason.CHANGED_CONTEXT;
import static org.partnershipledger.domain.partnership.DiscontinuationReason.NO_PROGRESS;
import static org.partnershipledger.domain.partnership.DiscontinuationReason.PRINCIPLE_VIOLATION;
import static org.partnershipledger.domain.partnership.GuidingPrinciple.INTEGRITY_AND_INDEPENDENCE;
import static org.partnershipledger.domain.partnership.PartnershipTestData.*;

/** P8: discontinuing an agreed partnership, and withdrawing a proposal before agreement. */
class DiscontinuationTest {

    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 10, 1);
    private static final List<String> CONTINUITY = List.of("Keep Tostan in the national task force");

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void an_agreed_partnership_is_discontinued_with_reason_justification_date_and_continuity_measures() {
        fixture.given(agreedHistory(TOSTAN))
               .when(discontinue(CHANGED_CONTEXT, null))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new PartnershipDiscontinued(ID, CHANGED_CONTEXT, "the context changed", null, EFFECTIVE,
                       CONTINUITY, null));
    }

    @Test
    void a_principle_violation_names_the_principle_violated() {
        fixture.given(agreedHistory(TOSTAN))
               .when(discontinue(PRINCIPLE_VIOLATION, INTEGRITY_AND_INDEPENDENCE))
               .expectEvents(new PartnershipDiscontinued(ID, PRINCIPLE_VIOLATION, "the context changed",
                       INTEGRITY_AND_INDEPENDENCE, EFFECTIVE, CONTINUITY, null));
    }

    @Test
    void a_principle_violation_without_the_principle_is_refused() {
        fixture.given(agreedHistory(TOSTAN))
               .when(discontinue(PRINCIPLE_VIOLATION, null))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P8, "principle"));
    }

    @Test
    void a_principle_named_for_another_reason_is_refused() {
        fixture.given(agreedHistory(TOSTAN))
               .when(discontinue(CHANGED_CONTEXT, INTEGRITY_AND_INDEPENDENCE))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P8: a principle is named only for PRINCIPLE_VIOLATION, not for CHANGED_CONTEXT");
    }

    @Test
    void no_progress_is_a_reason_with_the_latest_review_finding_no_progress_as_evidence() {
        RecordReview again = review("r-2", LocalDate.of(2025, 6, 10), ReviewProgress.LITTLE_OR_NO_PROGRESS, TOSTAN);

        fixture.given(history(underCorrectionHistory(), recorded(again)))
               .when(discontinue(NO_PROGRESS, null))
               .expectEvents(new PartnershipDiscontinued(ID, NO_PROGRESS, "the context changed", null, EFFECTIVE,
                       CONTINUITY, again.reviewId()));
    }

    @Test
    void no_progress_without_a_review_finding_it_is_refused() {
        fixture.given(history(agreedHistory(TOSTAN),
                       recorded(review("r-1", LocalDate.of(2025, 9, 1), ReviewProgress.SOME_PROGRESS, TOSTAN))))
               .when(discontinue(NO_PROGRESS, null))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P8: NO_PROGRESS needs a review that found little or no progress on record, "
                       + "and there is none");
    }

    @Test
    void a_discontinuation_missing_its_justification_date_and_continuity_measures_is_refused_naming_each() {
        fixture.given(agreedHistory(TOSTAN))
               .when(new DiscontinuePartnership(ID, CHANGED_CONTEXT, " ", null, null, List.of()))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P8, "justification", "effectiveDate", "continuityMeasures"))
               .expectExceptionMessage(startsWith("P8: a discontinuation needs a justification"));
    }

    @Test
    void only_an_agreed_partnership_is_discontinued() {
        fixture.given(vettedHistory(formalProposal(TOSTAN)))
               .when(discontinue(CHANGED_CONTEXT, null))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P8: only an agreed partnership is discontinued; the partnership is VETTED: "
                       + "withdraw the proposal instead");
    }

    @Test
    void a_proposal_is_withdrawn_before_vetting() {
        fixture.given(formalProposal(TOSTAN))
               .when(new WithdrawProposal(ID, "Funding fell through", TODAY))
               .expectEvents(new ProposalWithdrawn(ID, "Funding fell through", TODAY));
    }

    @Test
    void a_vetted_proposal_is_withdrawn() {
        fixture.given(vettedHistory(formalProposal(TOSTAN)))
               .when(new WithdrawProposal(ID, "Funding fell through", TODAY))
               .expectEvents(new ProposalWithdrawn(ID, "Funding fell through", TODAY));
    }

    @Test
    void a_withdrawal_needs_a_reason() {
        fixture.given(formalProposal(TOSTAN))
               .when(new WithdrawProposal(ID, "", TODAY))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P8: a withdrawal needs a reason");
    }

    @Test
    void an_agreed_partnership_is_discontinued_not_withdrawn() {
        fixture.given(agreedHistory(TOSTAN))
               .when(new WithdrawProposal(ID, "Funding fell through", TODAY))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P8: the agreement was signed on 2025-03-01: discontinue the partnership "
                       + "instead of withdrawing the proposal");
    }

    private static DiscontinuePartnership discontinue(DiscontinuationReason reason, GuidingPrinciple principle) {
        return new DiscontinuePartnership(ID, reason, "the context changed", principle, EFFECTIVE, CONTINUITY);
    }
}
