package org.partnershipledger.domain.partnership;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.partnership.commands.AmendAgreement;
import org.partnershipledger.domain.partnership.events.AgreementAmended;
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

/** P10: agreements are amended in duration, budget or scope with a rationale; each amendment stays readable. */
class AmendmentTest {

    private static final AmendmentId FIRST = new AmendmentId("am-1");
    private static final AmendmentId SECOND = new AmendmentId("am-2");
    private static final LocalDate AMENDED_ON = LocalDate.of(2025, 9, 1);
    private static final LocalDate LATER_END = LocalDate.of(2027, 12, 31);

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void the_duration_is_amended_with_a_rationale() {
        AgreementChanges longer = AgreementChanges.duration(LATER_END);

        fixture.given(agreedHistory(TOSTAN))
               .when(new AmendAgreement(ID, FIRST, AMENDED_ON, longer, "rainy season delayed the sessions"))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new AgreementAmended(ID, FIRST, AMENDED_ON, longer, "rainy season delayed the sessions",
                       longer.applyTo(formalTerms(TOSTAN)), TRANSFER, TRANSFER));
    }

    @Test
    void each_amendment_is_its_own_event_building_on_the_ones_before() {
        AgreementChanges longer = AgreementChanges.duration(LATER_END);
        AgreementTerms afterFirst = longer.applyTo(formalTerms(TOSTAN));
        AgreementChanges bigger = AgreementChanges.budget(Money.of("300000", "USD"));

        fixture.given(history(agreedHistory(TOSTAN), new AgreementAmended(ID, FIRST, AMENDED_ON, longer, "delays",
                       afterFirst, TRANSFER, TRANSFER)))
               .when(new AmendAgreement(ID, SECOND, AMENDED_ON.plusMonths(1), bigger, "two more districts"))
               .expectEvents(new AgreementAmended(ID, SECOND, AMENDED_ON.plusMonths(1), bigger, "two more districts",
                       afterFirst, Money.of("300000", "USD"), TRANSFER));
    }

    @Test
    void the_scope_is_amended_replacing_the_contribution_of_the_partner_named() {
        PartnerContribution more = new PartnerContribution(TOSTAN.partnerId(), Money.of("20000", "USD"),
                "facilitators", "implementing partner", "run sessions in 250 villages");
        AgreementChanges scope = new AgreementChanges(null, null, List.of(more),
                List.of("End harmful practices in 250 villages"), null, null, null);
        AgreementTerms t = formalTerms(TOSTAN);
        AgreementTerms expected = new AgreementTerms(List.of("End harmful practices in 250 villages"),
                t.operationalTargets(), List.of(more), t.startDate(), t.intendedEndDate(), t.reviewFrequencyMonths(),
                t.monitoringAndEvaluation(), t.indicators(), t.exitStrategy());

        fixture.given(agreedHistory(TOSTAN))
               .when(new AmendAgreement(ID, FIRST, AMENDED_ON, scope, "the region asked for more villages"))
               .expectEvents(new AgreementAmended(ID, FIRST, AMENDED_ON, scope, "the region asked for more villages",
                       expected, TRANSFER, TRANSFER));
    }

    @Test
    void an_agreement_under_correction_can_be_amended() {
        fixture.given(underCorrectionHistory())
               .when(new AmendAgreement(ID, FIRST, AMENDED_ON, AgreementChanges.duration(LATER_END), "time to correct"))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_amendment_without_a_rationale_is_refused() {
        fixture.given(agreedHistory(TOSTAN))
               .when(new AmendAgreement(ID, FIRST, AMENDED_ON, AgreementChanges.duration(LATER_END), " "))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P10: an amendment needs a rationale");
    }

    @Test
    void an_agreement_not_yet_concluded_cannot_be_amended() {
        fixture.given(vettedHistory(formalProposal(TOSTAN)))
               .when(new AmendAgreement(ID, FIRST, AMENDED_ON, AgreementChanges.duration(LATER_END), "delays"))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P10: only an agreed partnership can be amended; the partnership is VETTED");
    }

    @Test
    void an_amendment_id_is_used_once() {
        AgreementChanges longer = AgreementChanges.duration(LATER_END);

        fixture.given(history(agreedHistory(TOSTAN), new AgreementAmended(ID, FIRST, AMENDED_ON, longer, "delays",
                       longer.applyTo(formalTerms(TOSTAN)), TRANSFER, TRANSFER)))
               .when(new AmendAgreement(ID, FIRST, AMENDED_ON, AgreementChanges.budget(SMALL_TRANSFER), "cuts"))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P10: amendment am-1 is already recorded");
    }

    @Test
    void an_amendment_cannot_predate_the_agreement() {
        fixture.given(agreedHistory(TOSTAN))
               .when(new AmendAgreement(ID, FIRST, SIGNED_ON.minusDays(1), AgreementChanges.duration(LATER_END), "x"))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P10: an amendment cannot predate the agreement signed on 2025-03-01");
    }

    @Test
    void an_amended_end_date_before_the_start_is_refused() {
        fixture.given(agreedHistory(TOSTAN))
               .when(new AmendAgreement(ID, FIRST, AMENDED_ON, AgreementChanges.duration(LocalDate.of(2025, 1, 1)),
                       "shorten"))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P4, "intendedEndDate after startDate"))
               .expectExceptionMessage(startsWith("P4: the amended agreement must still state every required part"));
    }

    @Test
    void a_budget_beyond_small_scale_needs_the_exit_strategy_and_indicators_the_agreement_omitted() {
        fixture.given(reducedAgreementHistory())
               .when(new AmendAgreement(ID, FIRST, AMENDED_ON, AgreementChanges.budget(TRANSFER), "scale up"))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P4, "indicators", "exitStrategy"));
    }

    @Test
    void a_budget_beyond_small_scale_is_amended_together_with_exit_strategy_and_indicators() {
        AgreementChanges scaleUp = new AgreementChanges(null, TRANSFER, null, null, null,
                List.of("Villages declaring abandonment"), "Not continued below 50 villages");

        fixture.given(reducedAgreementHistory())
               .when(new AmendAgreement(ID, FIRST, AMENDED_ON, scaleUp, "scale up"))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_collaborative_relationship_cannot_be_given_a_budget() {
        PartnershipProposed collaboration = PartnershipTestData.proposed(COLLABORATIVE_RELATIONSHIP, null, TOSTAN);

        fixture.given(history(vettedHistory(collaboration),
                       agreementConcluded(collaboration, collaborativeTerms(TOSTAN), 1, SIGNED_ON, false)))
               .when(new AmendAgreement(ID, FIRST, AMENDED_ON, AgreementChanges.budget(SMALL_TRANSFER), "grant"))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(startsWith("P1: a collaborative relationship transfers no funds or resources"));
    }

    @Test
    void an_amendment_changes_something() {
        assertThatThrownBy(() -> new AmendAgreement(ID, FIRST, AMENDED_ON,
                new AgreementChanges(null, null, null, null, null, null, null), "nothing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("changes must change the duration, budget or scope");
    }

    private static List<Object> reducedAgreementHistory() {
        PartnershipProposed small = PartnershipTestData.proposed(FORMAL_PARTNERSHIP, SMALL_TRANSFER, TOSTAN);
        return history(vettedHistory(small), agreementConcluded(small,
                withoutExitStrategyAndIndicators(formalTerms(TOSTAN)), 1, SIGNED_ON, true));
    }
}
