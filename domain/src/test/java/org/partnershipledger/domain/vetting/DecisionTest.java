package org.partnershipledger.domain.vetting;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.OfficeLevel;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.commands.DecideVetting;
import org.partnershipledger.domain.vetting.events.VettingDecided;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.domain.shared.VettingTier.ENHANCED;
import static org.partnershipledger.domain.shared.VettingTier.LIGHT;
import static org.partnershipledger.domain.shared.VettingTier.STANDARD;
import static org.partnershipledger.domain.vetting.Criterion.CAPACITY;
import static org.partnershipledger.domain.vetting.Criterion.GOVERNANCE;
import static org.partnershipledger.domain.vetting.VettingDecision.CLEARED;
import static org.partnershipledger.domain.vetting.VettingDecision.CLEARED_WITH_CONDITIONS;
import static org.partnershipledger.domain.vetting.VettingDecision.REJECTED;
import static org.partnershipledger.domain.vetting.VettingTestData.*;

/** V5: a decision on a complete vetting, with reasons, by an approver with authority for the tier. */
class DecisionTest {

    private FixtureConfiguration<Vetting> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void a_complete_vetting_is_cleared_with_everything_a_reader_needs() {
        fixture.given(readyToDecide(STANDARD))
               .when(new DecideVetting(ID, CLEARED, REASONS, List.of(), REGIONAL_APPROVER, DECIDED_ON))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new VettingDecided(ID, PARTNER, PARTNERSHIP, STANDARD, CLEARED, REASONS, List.of(),
                       RiskBand.LOW, DECIDED_ON, VALID_UNTIL, REGIONAL_APPROVER.userId(), List.of(PARTNERSHIP)));
    }

    @Test
    void a_clearance_with_conditions_carries_them() {
        fixture.given(readyToDecide(STANDARD))
               .when(decide(CLEARED_WITH_CONDITIONS, REGIONAL_APPROVER))
               .expectEvents(new VettingDecided(ID, PARTNER, PARTNERSHIP, STANDARD, CLEARED_WITH_CONDITIONS, REASONS,
                       CONDITIONS, RiskBand.LOW, DECIDED_ON, VALID_UNTIL, REGIONAL_APPROVER.userId(),
                       List.of(PARTNERSHIP)));
    }

    @Test
    void a_rejection_carries_its_reasons_and_no_validity() {
        fixture.given(readyToDecide(STANDARD))
               .when(decide(REJECTED, REGIONAL_APPROVER))
               .expectEvents(new VettingDecided(ID, PARTNER, PARTNERSHIP, STANDARD, REJECTED,
                       List.of("Not a partner the agency can engage"), List.of(), RiskBand.LOW, DECIDED_ON, null,
                       REGIONAL_APPROVER.userId(), List.of(PARTNERSHIP)));
    }

    @Test
    void a_clearance_that_would_stand_beyond_the_calendar_is_refused() {
        fixture.given(readyToDecide(STANDARD))
               .when(new DecideVetting(ID, CLEARED, REASONS, List.of(), REGIONAL_APPROVER, LocalDate.MAX))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(refusal(Rule.V7, "beyond the last day the calendar holds"));
    }

    @Test
    void a_rejection_on_the_calendar_s_last_day_needs_no_validity_and_is_recorded() {
        List<String> reasons = List.of("Not a partner the agency can engage");
        fixture.given(readyToDecide(STANDARD))
               .when(new DecideVetting(ID, REJECTED, reasons, List.of(), REGIONAL_APPROVER, LocalDate.MAX))
               .expectEvents(new VettingDecided(ID, PARTNER, PARTNERSHIP, STANDARD, REJECTED, reasons, List.of(),
                       RiskBand.LOW, LocalDate.MAX, null, REGIONAL_APPROVER.userId(), List.of(PARTNERSHIP)));
    }

    // ---- completeness ---------------------------------------------------------------------------------------

    @Test
    void a_decision_before_every_criterion_is_assessed_is_refused_naming_each_missing_one() {
        fixture.given(history(opened(STANDARD), screened(), allMet(STANDARD, GOVERNANCE, CAPACITY), ratedLow()))
               .when(clear(STANDARD))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V5, "criterion GOVERNANCE", "criterion CAPACITY"))
               .expectExceptionMessage("V5: a vetting is decided only when every criterion of its tier is assessed "
                       + "and the risk is rated; missing: criterion GOVERNANCE, criterion CAPACITY");
    }

    @Test
    void a_decision_before_the_risk_is_rated_is_refused() {
        fixture.given(history(opened(STANDARD), screened(), allMet(STANDARD)))
               .when(clear(STANDARD))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V5, "risk rating"))
               .expectExceptionMessage(refusal(Rule.V5, "missing: risk rating"));
    }

    @Test
    void even_a_rejection_waits_until_the_vetting_is_complete() {
        fixture.given(history(opened(STANDARD), screened(), allMet(STANDARD, CAPACITY)))
               .when(decide(REJECTED, REGIONAL_APPROVER))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V5, "criterion CAPACITY", "risk rating"));
    }

    // ---- reasons and conditions -----------------------------------------------------------------------------

    @Test
    void a_decision_without_reasons_is_refused() {
        fixture.given(readyToDecide(STANDARD))
               .when(new DecideVetting(ID, CLEARED, List.of(" "), List.of(), REGIONAL_APPROVER, DECIDED_ON))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V5, "reasons"))
               .expectExceptionMessage("V5: a decision states its reasons; missing: reasons");
    }

    @Test
    void a_clearance_with_conditions_states_them() {
        fixture.given(readyToDecide(STANDARD))
               .when(new DecideVetting(ID, CLEARED_WITH_CONDITIONS, REASONS, List.of(), REGIONAL_APPROVER,
                       DECIDED_ON))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V5, "conditions"))
               .expectExceptionMessage("V5: a decision states its reasons, and a clearance with conditions the "
                       + "conditions; missing: conditions");
    }

    @Test
    void conditions_on_a_plain_clearance_are_refused() {
        fixture.given(readyToDecide(STANDARD))
               .when(new DecideVetting(ID, CLEARED, REASONS, CONDITIONS, REGIONAL_APPROVER, DECIDED_ON))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V5: conditions are stated only for CLEARED_WITH_CONDITIONS, not for CLEARED");
    }

    @Test
    void a_decision_names_its_approver_and_date() {
        assertThatThrownBy(() -> new DecideVetting(ID, CLEARED, REASONS, null, null, DECIDED_ON))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("approver is required");
        assertThatThrownBy(() -> new DecideVetting(ID, CLEARED, REASONS, null, COMMITTEE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("decidedOn is required");
    }

    // ---- authority ------------------------------------------------------------------------------------------

    @Test
    void a_light_vetting_is_decided_by_a_country_office_approver() {
        fixture.given(readyToDecide(LIGHT))
               .when(decide(CLEARED, COUNTRY_APPROVER))
               .expectEvents(decided(LIGHT, CLEARED, RiskBand.LOW));
    }

    @Test
    void a_standard_vetting_is_not_decided_by_a_country_office() {
        fixture.given(readyToDecide(STANDARD))
               .when(decide(CLEARED, COUNTRY_APPROVER))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V5: a vetting at tier STANDARD is decided by an approver of a REGIONAL office "
                       + "or above; rep-sen (CO-SEN, COUNTRY) is not");
    }

    @Test
    void a_standard_vetting_is_decided_by_a_regional_office_approver() {
        fixture.given(readyToDecide(STANDARD))
               .when(decide(CLEARED, REGIONAL_APPROVER))
               .expectEvents(decided(STANDARD, CLEARED, RiskBand.LOW));
    }

    @Test
    void a_standard_vetting_may_be_decided_higher_up_at_headquarters() {
        fixture.given(readyToDecide(STANDARD))
               .when(decide(CLEARED, HQ_DIRECTOR))
               .expectEvents(new VettingDecided(ID, PARTNER, PARTNERSHIP, STANDARD, CLEARED, REASONS, List.of(),
                       RiskBand.LOW, DECIDED_ON, VALID_UNTIL, HQ_DIRECTOR.userId(), List.of(PARTNERSHIP)));
    }

    @Test
    void an_enhanced_vetting_is_not_decided_by_a_regional_office() {
        fixture.given(readyToDecide(ENHANCED))
               .when(decide(CLEARED, REGIONAL_APPROVER))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V5: a vetting at tier ENHANCED is decided by the HQ due diligence committee; "
                       + "rd-wca (RO-WCA, REGIONAL) is not");
    }

    @Test
    void an_enhanced_vetting_is_not_decided_at_headquarters_outside_the_committee() {
        fixture.given(readyToDecide(ENHANCED))
               .when(decide(CLEARED, HQ_DIRECTOR))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(refusal(Rule.V5, "the HQ due diligence committee", "hq-director (HQ, HQ)"));
    }

    @Test
    void an_enhanced_vetting_is_decided_by_the_hq_due_diligence_committee() {
        fixture.given(readyToDecide(ENHANCED))
               .when(decide(CLEARED, COMMITTEE))
               .expectEvents(decided(ENHANCED, CLEARED, RiskBand.LOW));
    }

    @Test
    void approval_authority_is_configurable() {
        ApprovalAuthority regionalCommittees = new ApprovalAuthority(
                new ApprovalAuthority.Requirement(OfficeLevel.COUNTRY, false),
                new ApprovalAuthority.Requirement(OfficeLevel.COUNTRY, false),
                new ApprovalAuthority.Requirement(OfficeLevel.REGIONAL, false));
        fixture = fixture(RiskPolicy.DEFAULT, VettingPolicy.DEFAULT, regionalCommittees);

        fixture.given(readyToDecide(STANDARD))
               .when(decide(CLEARED, COUNTRY_APPROVER))
               .expectEvents(new VettingDecided(ID, PARTNER, PARTNERSHIP, STANDARD, CLEARED, REASONS, List.of(),
                       RiskBand.LOW, DECIDED_ON, VALID_UNTIL, COUNTRY_APPROVER.userId(), List.of(PARTNERSHIP)));
    }

    // ---- office levels --------------------------------------------------------------------------------------

    @Test
    void office_levels_follow_the_office_code_convention() {
        assertThat(OfficeLevel.of(new OfficeCode("HQ"))).isEqualTo(OfficeLevel.HQ);
        assertThat(OfficeLevel.of(new OfficeCode("RO-WCA"))).isEqualTo(OfficeLevel.REGIONAL);
        assertThat(OfficeLevel.of(new OfficeCode("CO-SEN"))).isEqualTo(OfficeLevel.COUNTRY);
    }

    @Test
    void an_office_outside_the_convention_is_refused_as_unknown() {
        assertThatThrownBy(() -> OfficeLevel.of(new OfficeCode("LO-GVA")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown office level of office 'LO-GVA': offices are HQ, RO-… (regional) or CO-… "
                        + "(country)");
    }

    @Test
    void an_approver_cannot_claim_a_level_their_office_does_not_have() {
        assertThatThrownBy(() -> new Approver(new UserId("rep-sen"), new OfficeCode("CO-SEN"), OfficeLevel.HQ, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("approver.level of office CO-SEN is COUNTRY, not HQ");
    }

    @Test
    void higher_office_levels_may_do_what_lower_ones_may() {
        assertThat(OfficeLevel.HQ.isAtLeast(OfficeLevel.REGIONAL)).isTrue();
        assertThat(OfficeLevel.REGIONAL.isAtLeast(OfficeLevel.REGIONAL)).isTrue();
        assertThat(OfficeLevel.COUNTRY.isAtLeast(OfficeLevel.REGIONAL)).isFalse();
    }

    @Test
    void each_tier_names_the_authority_it_needs() {
        assertThat(ApprovalAuthority.DEFAULT.requiredFor(VettingTier.LIGHT))
                .hasToString("an approver of a COUNTRY office or above");
        assertThat(ApprovalAuthority.DEFAULT.requiredFor(VettingTier.ENHANCED))
                .hasToString("the HQ due diligence committee");
    }
}
