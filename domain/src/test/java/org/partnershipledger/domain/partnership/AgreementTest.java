package org.partnershipledger.domain.partnership;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.partnership.commands.ConcludeAgreement;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.partnership.events.PartnershipReturnedToProposed;
import org.partnershipledger.domain.partnership.events.PartnershipVetted;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.startsWith;
import static org.partnershipledger.domain.partnership.PartnershipForm.COLLABORATIVE_RELATIONSHIP;
import static org.partnershipledger.domain.partnership.PartnershipForm.FORMAL_PARTNERSHIP;
import static org.partnershipledger.domain.partnership.PartnershipTestData.*;
import static org.partnershipledger.domain.shared.VettingTier.ENHANCED;
import static org.partnershipledger.domain.shared.VettingTier.STANDARD;

/** P3, P4, P5 (and P1 for collaborative relationships): concluding an agreement. */
class AgreementTest {

    private static final String[] ALL_FORMAL_PARTS_OF_TOSTAN = {"objectives", "operationalTargets",
            "contribution of partner Tostan", "role of partner Tostan", "responsibilities of partner Tostan",
            "startDate", "intendedEndDate", "reviewFrequencyMonths", "monitoringAndEvaluation", "indicators",
            "exitStrategy"};

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void a_formal_agreement_stating_every_part_is_concluded_with_its_full_terms() {
        PartnershipProposed proposal = formalProposal(TOSTAN);

        fixture.given(vettedHistory(proposal))
               .when(new ConcludeAgreement(ID, SIGNED_ON, formalTerms(TOSTAN)))
               .expectSuccessfulHandlerExecution()
               .expectEvents(agreementConcluded(proposal, formalTerms(TOSTAN), 1, SIGNED_ON, false));
    }

    // ---- P3 -----------------------------------------------------------------------------------------------------

    @Test
    void agreement_is_refused_when_the_partnership_is_not_vetted_naming_each_uncleared_partner() {
        fixture.given(formalProposal(TOSTAN, SONATEL), cleared(TOSTAN, STANDARD, STANDARD))
               .when(new ConcludeAgreement(ID, SIGNED_ON, formalTerms(TOSTAN, SONATEL)))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P3, "Sonatel: not vetted, needs a clearance at ENHANCED"))
               .expectExceptionMessage("P3: every partner must hold a clearance valid on 2025-03-01 at the tier the "
                       + "engagement needs; blocking: Sonatel: not vetted, needs a clearance at ENHANCED");
    }

    @Test
    void agreement_is_refused_when_a_partner_was_rejected_naming_the_rejection() {
        fixture.given(formalProposal(TOSTAN, SONATEL), cleared(TOSTAN, STANDARD, STANDARD),
                       outcome(SONATEL, VettingOutcome.REJECTED, ENHANCED, ENHANCED))
               .when(new ConcludeAgreement(ID, SIGNED_ON, formalTerms(TOSTAN, SONATEL)))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P3, "Sonatel: vetting v-sonatel REJECTED"));
    }

    @Test
    void agreement_is_refused_while_a_vetting_is_reopened() {
        fixture.given(history(vettedHistory(formalProposal(TOSTAN)),
                       outcome(TOSTAN, VettingOutcome.REOPENED, STANDARD, STANDARD),
                       new PartnershipReturnedToProposed(ID, List.of(TOSTAN.partnerId()), "adverse media")))
               .when(new ConcludeAgreement(ID, SIGNED_ON, formalTerms(TOSTAN)))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P3, "Tostan: vetting v-tostan REOPENED, pending a new decision"));
    }

    @Test
    void agreement_is_refused_when_a_clearance_expires_before_the_signing_date() {
        LocalDate dayBefore = SIGNED_ON.minusDays(1);

        fixture.given(formalProposal(TOSTAN), cleared(TOSTAN, STANDARD, STANDARD, dayBefore),
                       new PartnershipVetted(ID, List.of(new PartnerClearance(TOSTAN.partnerId(), "v-tostan",
                               VettingOutcome.CLEARED, STANDARD, STANDARD, dayBefore))))
               .when(new ConcludeAgreement(ID, SIGNED_ON, formalTerms(TOSTAN)))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P3,
                       "Tostan: clearance v-tostan expired on 2025-02-28, before signing on 2025-03-01"));
    }

    @Test
    void a_clearance_valid_until_the_signing_day_itself_is_enough() {
        fixture.given(formalProposal(TOSTAN), cleared(TOSTAN, STANDARD, STANDARD, SIGNED_ON),
                       new PartnershipVetted(ID, List.of(new PartnerClearance(TOSTAN.partnerId(), "v-tostan",
                               VettingOutcome.CLEARED, STANDARD, STANDARD, SIGNED_ON))))
               .when(new ConcludeAgreement(ID, SIGNED_ON, formalTerms(TOSTAN)))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void agreement_is_refused_when_a_partners_own_funds_need_a_deeper_tier_than_it_holds() {
        PartnershipProposed noTransfer = PartnershipTestData.proposed(FORMAL_PARTNERSHIP, null, SONATEL);
        AgreementTerms sonatelGivesFunds = withContributions(formalTerms(SONATEL), new PartnerContribution(
                SONATEL.partnerId(), Money.of("500000", "USD"), null, "funder", "fund the SMS campaign"));

        fixture.given(vettedHistory(noTransfer))
               .when(new ConcludeAgreement(ID, SIGNED_ON, sonatelGivesFunds))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P3, "Sonatel: cleared at STANDARD, needs ENHANCED"));
    }

    // ---- P4 -----------------------------------------------------------------------------------------------------

    @Test
    void a_formal_agreement_missing_parts_is_refused_naming_each_one() {
        AgreementTerms nothing = new AgreementTerms(null, null, null, null, null, null, null, null, null);

        fixture.given(vettedHistory(formalProposal(TOSTAN)))
               .when(new ConcludeAgreement(ID, SIGNED_ON, nothing))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P4, ALL_FORMAL_PARTS_OF_TOSTAN))
               .expectExceptionMessage(startsWith("P4: a formal agreement must state every required part; missing: "
                       + "objectives, operationalTargets, contribution of partner Tostan"));
    }

    @Test
    void blank_entries_do_not_count_as_stated_parts() {
        AgreementTerms t = formalTerms(TOSTAN);
        AgreementTerms blanks = new AgreementTerms(List.of(" "), t.operationalTargets(), t.contributions(),
                t.startDate(), t.intendedEndDate(), t.reviewFrequencyMonths(), "", t.indicators(), t.exitStrategy());

        fixture.given(vettedHistory(formalProposal(TOSTAN)))
               .when(new ConcludeAgreement(ID, SIGNED_ON, blanks))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P4, "objectives", "monitoringAndEvaluation"));
    }

    @Test
    void an_intended_end_date_not_after_the_start_is_refused() {
        AgreementTerms t = formalTerms(TOSTAN);
        AgreementTerms backwards = new AgreementTerms(t.objectives(), t.operationalTargets(), t.contributions(),
                t.startDate(), t.startDate(), 0, t.monitoringAndEvaluation(), t.indicators(), t.exitStrategy());

        fixture.given(vettedHistory(formalProposal(TOSTAN)))
               .when(new ConcludeAgreement(ID, SIGNED_ON, backwards))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P4, "intendedEndDate after startDate", "reviewFrequencyMonths"));
    }

    @Test
    void a_partner_that_brings_nothing_and_a_contribution_of_a_stranger_are_refused() {
        AgreementTerms odd = withContributions(formalTerms(TOSTAN),
                new PartnerContribution(TOSTAN.partnerId(), null, null, "implementing partner", "sessions"),
                inKindContribution(SONATEL));

        fixture.given(vettedHistory(formalProposal(TOSTAN)))
               .when(new ConcludeAgreement(ID, SIGNED_ON, odd))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P4, "contribution of partner Tostan",
                       "contribution of unknown partner sonatel"));
    }

    // ---- P5 -----------------------------------------------------------------------------------------------------

    @Test
    void small_scale_funding_may_omit_the_exit_strategy_and_indicators() {
        PartnershipProposed small = PartnershipTestData.proposed(FORMAL_PARTNERSHIP, SMALL_TRANSFER, TOSTAN);
        AgreementTerms reduced = withoutExitStrategyAndIndicators(formalTerms(TOSTAN));

        fixture.given(vettedHistory(small))
               .when(new ConcludeAgreement(ID, SIGNED_ON, reduced))
               .expectEvents(agreementConcluded(small, reduced, 1, SIGNED_ON, true));
    }

    @Test
    void a_transfer_above_the_small_scale_ceiling_needs_exit_strategy_and_indicators() {
        fixture.given(vettedHistory(formalProposal(TOSTAN)))
               .when(new ConcludeAgreement(ID, SIGNED_ON, withoutExitStrategyAndIndicators(formalTerms(TOSTAN))))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P4, "indicators", "exitStrategy"));
    }

    @Test
    void a_small_transfer_in_another_currency_is_not_small_scale_funding() {
        PartnershipProposed inEuro = PartnershipTestData.proposed(FORMAL_PARTNERSHIP, Money.of("8000", "EUR"), TOSTAN);

        fixture.given(vettedHistory(inEuro))
               .when(new ConcludeAgreement(ID, SIGNED_ON, withoutExitStrategyAndIndicators(formalTerms(TOSTAN))))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P4, "indicators", "exitStrategy"));
    }

    @Test
    void a_formal_partnership_without_agency_transfer_is_not_small_scale_funding() {
        PartnershipProposed noTransfer = PartnershipTestData.proposed(FORMAL_PARTNERSHIP, null, TOSTAN);

        fixture.given(vettedHistory(noTransfer))
               .when(new ConcludeAgreement(ID, SIGNED_ON, withoutExitStrategyAndIndicators(formalTerms(TOSTAN))))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P4, "indicators", "exitStrategy"));
    }

    // ---- collaborative relationships -------------------------------------------------------------------------

    @Test
    void a_collaborative_relationship_is_agreed_on_its_goals_and_each_partners_role() {
        PartnershipProposed collaboration = PartnershipTestData.proposed(COLLABORATIVE_RELATIONSHIP, null, TOSTAN, UCAD);

        fixture.given(vettedHistory(collaboration))
               .when(new ConcludeAgreement(ID, SIGNED_ON, collaborativeTerms(TOSTAN, UCAD)))
               .expectEvents(agreementConcluded(collaboration, collaborativeTerms(TOSTAN, UCAD), 1, SIGNED_ON, false));
    }

    @Test
    void a_collaborative_relationship_without_goals_or_a_role_is_refused_naming_them() {
        PartnershipProposed collaboration = PartnershipTestData.proposed(COLLABORATIVE_RELATIONSHIP, null, TOSTAN, UCAD);

        fixture.given(vettedHistory(collaboration))
               .when(new ConcludeAgreement(ID, SIGNED_ON, AgreementTerms.collaborative(List.of(),
                       List.of(PartnerContribution.roleOnly(TOSTAN.partnerId(), "research partner")))))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P4, "goals", "role of partner Université Cheikh Anta Diop"))
               .expectExceptionMessage(startsWith("P4: a collaborative relationship is agreed on its goals"));
    }

    @Test
    void a_collaborative_relationship_recording_a_contribution_amount_is_refused() {
        PartnershipProposed collaboration = PartnershipTestData.proposed(COLLABORATIVE_RELATIONSHIP, null, TOSTAN);
        AgreementTerms withAmount = AgreementTerms.collaborative(List.of("Share research"), List.of(
                new PartnerContribution(TOSTAN.partnerId(), Money.of("5000", "USD"), null, "research partner", null)));

        fixture.given(vettedHistory(collaboration))
               .when(new ConcludeAgreement(ID, SIGNED_ON, withAmount))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P1, "Tostan"))
               .expectExceptionMessage(startsWith("P1: a collaborative relationship records no funds or resources"));
    }

    @Test
    void a_second_agreement_is_refused_as_the_first_can_be_amended() {
        fixture.given(agreedHistory(TOSTAN))
               .when(new ConcludeAgreement(ID, SIGNED_ON, formalTerms(TOSTAN)))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P10: the agreement of cycle 1 was signed on 2025-03-01: amend it instead");
    }

    private static AgreementTerms withContributions(AgreementTerms t, PartnerContribution... contributions) {
        return new AgreementTerms(t.objectives(), t.operationalTargets(), List.of(contributions), t.startDate(),
                t.intendedEndDate(), t.reviewFrequencyMonths(), t.monitoringAndEvaluation(), t.indicators(),
                t.exitStrategy());
    }
}
