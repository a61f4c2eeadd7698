package org.partnershipledger.domain.vetting;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.commands.AssessCriterion;
import org.partnershipledger.domain.vetting.events.CriterionAssessed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.domain.vetting.AssessmentResult.MET;
import static org.partnershipledger.domain.vetting.AssessmentResult.MITIGATED;
import static org.partnershipledger.domain.vetting.AssessmentResult.NOT_MET;
import static org.partnershipledger.domain.vetting.Criterion.*;
import static org.partnershipledger.domain.vetting.VettingDecision.CLEARED;
import static org.partnershipledger.domain.vetting.VettingDecision.CLEARED_WITH_CONDITIONS;
import static org.partnershipledger.domain.vetting.VettingTestData.*;

/** V2: the criteria of each tier, assessed with evidence and assessor; a re-assessment replaces the earlier one. */
class CriteriaAssessmentTest {

    private FixtureConfiguration<Vetting> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void every_tier_assesses_sanctions_human_rights_and_core_values() {
        assertThat(Criterion.requiredFor(VettingTier.LIGHT)).containsExactly(SANCTIONS, HUMAN_RIGHTS, CORE_VALUES);
    }

    @Test
    void standard_adds_governance_and_capacity() {
        assertThat(Criterion.requiredFor(VettingTier.STANDARD))
                .containsExactly(SANCTIONS, HUMAN_RIGHTS, CORE_VALUES, GOVERNANCE, CAPACITY);
    }

    @Test
    void enhanced_adds_reputation_industry_exclusion_and_conflict_of_interest() {
        assertThat(Criterion.requiredFor(VettingTier.ENHANCED)).containsExactly(SANCTIONS, HUMAN_RIGHTS, CORE_VALUES,
                GOVERNANCE, CAPACITY, REPUTATION, INDUSTRY_EXCLUSION, CONFLICT_OF_INTEREST);
    }

    @Test
    void only_sanctions_and_human_rights_are_exclusionary() {
        assertThat(Criterion.values()).filteredOn(Criterion::isExclusionary).containsExactly(SANCTIONS, HUMAN_RIGHTS);
    }

    @Test
    void a_criterion_of_the_tier_is_assessed_with_its_evidence_and_assessor() {
        fixture.given(opened(VettingTier.STANDARD))
               .when(assess(GOVERNANCE, MET))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new CriterionAssessed(ID, GOVERNANCE, MET, null, "Desk review of GOVERNANCE sources",
                       OFFICER, null));
    }

    @Test
    void a_criterion_not_met_is_recorded_as_such() {
        fixture.given(opened(VettingTier.STANDARD))
               .when(assess(CAPACITY, NOT_MET))
               .expectEvents(assessed(CAPACITY, NOT_MET));
    }

    @Test
    void a_mitigated_criterion_records_the_condition_it_is_acceptable_under() {
        fixture.given(opened(VettingTier.STANDARD))
               .when(mitigate(GOVERNANCE, "Independent audit of the first disbursement"))
               .expectEvents(mitigated(GOVERNANCE, "Independent audit of the first disbursement"));
    }

    @Test
    void a_reassessment_replaces_the_earlier_one_and_names_the_result_it_replaces() {
        fixture.given(opened(VettingTier.STANDARD), assessed(GOVERNANCE, NOT_MET))
               .when(assess(GOVERNANCE, MET))
               .expectEvents(assessed(GOVERNANCE, MET, NOT_MET));
    }

    @Test
    void a_criterion_the_tier_does_not_assess_is_refused() {
        fixture.given(opened(VettingTier.LIGHT))
               .when(assess(GOVERNANCE, MET))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V2: criterion GOVERNANCE is not assessed in a vetting at tier LIGHT, which "
                       + "assesses [SANCTIONS, HUMAN_RIGHTS, CORE_VALUES]");
    }

    @Test
    void an_enhanced_criterion_is_refused_in_a_standard_vetting() {
        fixture.given(opened(VettingTier.STANDARD))
               .when(assess(REPUTATION, MET))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(refusal(Rule.V2, "criterion REPUTATION is not assessed", "tier STANDARD"));
    }

    @Test
    void an_assessment_without_evidence_is_refused() {
        fixture.given(opened(VettingTier.STANDARD))
               .when(new AssessCriterion(ID, GOVERNANCE, MET, null, " ", OFFICER))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V2, "evidence"))
               .expectExceptionMessage("V2: an assessment states its evidence; missing: evidence");
    }

    @Test
    void a_mitigated_assessment_without_a_condition_is_refused() {
        fixture.given(opened(VettingTier.STANDARD))
               .when(new AssessCriterion(ID, GOVERNANCE, MITIGATED, null, "Audit report 2024", OFFICER))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V2, "condition"))
               .expectExceptionMessage("V2: an assessment states its evidence, and a MITIGATED one its condition; "
                       + "missing: condition");
    }

    @Test
    void a_condition_on_a_result_that_is_not_mitigated_is_refused() {
        fixture.given(opened(VettingTier.STANDARD))
               .when(new AssessCriterion(ID, GOVERNANCE, MET, "Annual audit", "Audit report 2024", OFFICER))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V2: a condition is stated only for a MITIGATED result, not for MET");
    }

    @Test
    void a_clearance_of_a_mitigated_criterion_without_conditions_is_refused() {
        fixture.given(history(opened(VettingTier.STANDARD), screened(), allMet(VettingTier.STANDARD, GOVERNANCE),
                       mitigated(GOVERNANCE, "Independent audit"), ratedLow()))
               .when(decide(CLEARED, REGIONAL_APPROVER))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V2, "GOVERNANCE on condition 'Independent audit'"))
               .expectExceptionMessage("V2: a clearance of a mitigated criterion carries its condition: GOVERNANCE "
                       + "on condition 'Independent audit'; decide CLEARED_WITH_CONDITIONS");
    }

    @Test
    void a_mitigated_criterion_is_cleared_with_conditions() {
        fixture.given(history(opened(VettingTier.STANDARD), screened(), allMet(VettingTier.STANDARD, GOVERNANCE),
                       mitigated(GOVERNANCE, "Independent audit"), ratedLow()))
               .when(decide(CLEARED_WITH_CONDITIONS, REGIONAL_APPROVER))
               .expectEvents(decided(VettingTier.STANDARD, CLEARED_WITH_CONDITIONS, RiskBand.LOW));
    }

    @Test
    void an_assessment_names_its_assessor() {
        assertThatThrownBy(() -> new AssessCriterion(ID, GOVERNANCE, MET, null, "evidence", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("assessedBy is required");
    }

    @Test
    void an_assessment_names_its_criterion_and_result() {
        assertThatThrownBy(() -> new AssessCriterion(ID, null, MET, null, "evidence", OFFICER))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("criterion is required");
        assertThatThrownBy(() -> new AssessCriterion(ID, GOVERNANCE, null, null, "evidence", OFFICER))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("result is required");
    }
}
