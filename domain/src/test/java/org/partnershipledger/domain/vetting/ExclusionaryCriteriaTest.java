package org.partnershipledger.domain.vetting;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.commands.DismissScreeningMatch;
import org.partnershipledger.domain.vetting.commands.RecordSanctionsScreening;
import org.partnershipledger.domain.vetting.events.SanctionsScreeningRecorded;
import org.partnershipledger.domain.vetting.events.ScreeningMatchDismissed;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.domain.vetting.AssessmentResult.MET;
import static org.partnershipledger.domain.vetting.AssessmentResult.NOT_MET;
import static org.partnershipledger.domain.vetting.Criterion.CORE_VALUES;
import static org.partnershipledger.domain.vetting.Criterion.HUMAN_RIGHTS;
import static org.partnershipledger.domain.vetting.Criterion.SANCTIONS;
import static org.partnershipledger.domain.vetting.VettingDecision.CLEARED;
import static org.partnershipledger.domain.vetting.VettingDecision.CLEARED_WITH_CONDITIONS;
import static org.partnershipledger.domain.vetting.VettingDecision.REJECTED;
import static org.partnershipledger.domain.vetting.VettingTestData.*;

/**
 * V3: SANCTIONS and HUMAN_RIGHTS are exclusionary; sanctions screenings are recorded, their matches count against
 * SANCTIONS until dismissed as false positives, and no decision is taken without a screening on record.
 */
class ExclusionaryCriteriaTest {

    private static final VettingTier TIER = VettingTier.LIGHT;

    private FixtureConfiguration<Vetting> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---- screening ------------------------------------------------------------------------------------------

    @Test
    void a_clean_screening_is_recorded_with_the_list_and_its_version() {
        fixture.given(opened(TIER))
               .when(screen())
               .expectSuccessfulHandlerExecution()
               .expectEvents(new SanctionsScreeningRecorded(ID, PARTNER, LIST, LIST_VERSION, SCREENED_AT, 0.85,
                       "Sonatel", List.of()));
    }

    @Test
    void a_screening_with_matches_is_recorded_with_every_match() {
        fixture.given(opened(TIER))
               .when(screen(SONATEL_TRADING, SONA_TEL_GROUP))
               .expectEvents(screened(SONATEL_TRADING, SONA_TEL_GROUP));
    }

    @Test
    void a_screening_result_without_matches_listed_is_recorded_as_clean() {
        fixture.given(opened(TIER))
               .when(new RecordSanctionsScreening(ID, new ScreeningResult(LIST, LIST_VERSION, SCREENED_AT, 0.85,
                       "Sonatel", null)))
               .expectEvents(screened());
    }

    @Test
    void a_screening_must_say_which_edition_of_the_list_was_searched() {
        assertThatThrownBy(() -> new RecordSanctionsScreening(ID, new ScreeningResult(LIST, " ", SCREENED_AT, 0.85,
                "Sonatel", List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("result.listVersion is required");
    }

    // ---- SANCTIONS and the screening ------------------------------------------------------------------------

    @Test
    void sanctions_is_assessed_met_on_a_clean_screening() {
        fixture.given(opened(TIER), screened())
               .when(assess(SANCTIONS, MET))
               .expectEvents(assessed(SANCTIONS, MET));
    }

    @Test
    void sanctions_cannot_be_assessed_met_without_a_screening() {
        fixture.given(opened(TIER))
               .when(assess(SANCTIONS, MET))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V3: SANCTIONS is assessed MET only on a sanctions screening, and there is "
                       + "none on record");
    }

    @Test
    void sanctions_cannot_be_mitigated_without_a_screening_either() {
        fixture.given(opened(TIER))
               .when(mitigate(SANCTIONS, "Screen again monthly"))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(refusal(Rule.V3, "SANCTIONS is assessed MITIGATED only on a sanctions "
                       + "screening"));
    }

    @Test
    void sanctions_cannot_be_assessed_met_while_a_match_is_undismissed_naming_the_entry() {
        fixture.given(opened(TIER), screened(SONATEL_TRADING, SONA_TEL_GROUP), dismissed(SONATEL_TRADING))
               .when(assess(SANCTIONS, MET))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V3, "KPe.002 (SONA-TEL GROUP)"))
               .expectExceptionMessage("V3: SANCTIONS is not MET while the screening on " + LIST + " " + LIST_VERSION
                       + " has undismissed matches: KPe.002 (SONA-TEL GROUP); dismiss each false positive with a "
                       + "justification, or assess NOT_MET");
    }

    @Test
    void sanctions_is_assessed_met_once_every_match_is_dismissed_as_a_false_positive() {
        fixture.given(opened(TIER), screened(SONATEL_TRADING, SONA_TEL_GROUP), dismissed(SONATEL_TRADING),
                       dismissed(SONA_TEL_GROUP))
               .when(assess(SANCTIONS, MET))
               .expectEvents(assessed(SANCTIONS, MET));
    }

    @Test
    void sanctions_is_assessed_not_met_on_a_match() {
        fixture.given(opened(TIER), screened(SONATEL_TRADING))
               .when(assess(SANCTIONS, NOT_MET))
               .expectEvents(assessed(SANCTIONS, NOT_MET));
    }

    @Test
    void dismissals_belong_to_their_screening_so_a_new_screening_is_judged_afresh() {
        fixture.given(opened(TIER), screened(SONATEL_TRADING), dismissed(SONATEL_TRADING),
                       screenedOn("2025-03-15T10:00:00", SONATEL_TRADING))
               .when(assess(SANCTIONS, MET))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V3, "KPe.001 (SONATEL TRADING LIMITED)"))
               .expectExceptionMessage(refusal(Rule.V3, "2025-03-15T10:00:00 has undismissed matches"));
    }

    // ---- false positives ------------------------------------------------------------------------------------

    @Test
    void a_match_is_dismissed_as_a_false_positive_with_its_justification_and_the_match_repeated() {
        fixture.given(opened(TIER), screened(SONATEL_TRADING))
               .when(new DismissScreeningMatch(ID, "KPe.001", "Registered in Cyprus, no common directors", OFFICER))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ScreeningMatchDismissed(ID, LIST, LIST_VERSION, "KPe.001", "SONATEL TRADING LIMITED",
                       "SONATEL TRADING LIMITED", 0.91, "Registered in Cyprus, no common directors", OFFICER));
    }

    @Test
    void a_dismissal_without_a_justification_is_refused() {
        fixture.given(opened(TIER), screened(SONATEL_TRADING))
               .when(new DismissScreeningMatch(ID, "KPe.001", "  ", OFFICER))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V3, "justification"))
               .expectExceptionMessage("V3: dismissing match KPe.001 (SONATEL TRADING LIMITED) as a false positive "
                       + "needs a justification; missing: justification");
    }

    @Test
    void dismissing_an_entry_the_latest_screening_did_not_match_is_refused() {
        fixture.given(opened(TIER), screened(SONATEL_TRADING))
               .when(dismiss(SONA_TEL_GROUP))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V3: the screening on " + LIST + " " + LIST_VERSION + " has no match KPe.002; "
                       + "its matches are [KPe.001]");
    }

    @Test
    void dismissing_a_match_twice_is_refused() {
        fixture.given(opened(TIER), screened(SONATEL_TRADING), dismissed(SONATEL_TRADING))
               .when(dismiss(SONATEL_TRADING))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(refusal(Rule.V3, "KPe.001 (SONATEL TRADING LIMITED)", "already dismissed"));
    }

    @Test
    void dismissing_a_match_without_any_screening_is_refused() {
        fixture.given(opened(TIER))
               .when(dismiss(SONATEL_TRADING))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V3: there is no sanctions screening on record whose match could be dismissed");
    }

    @Test
    void a_dismissal_names_the_entry_and_the_officer() {
        assertThatThrownBy(() -> new DismissScreeningMatch(ID, null, "why", OFFICER))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("entryReference is required");
        assertThatThrownBy(() -> new DismissScreeningMatch(ID, "KPe.001", "why", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("dismissedBy is required");
    }

    // ---- exclusionary criteria at decision ------------------------------------------------------------------

    @Test
    void human_rights_not_met_forces_rejection_a_clearance_is_refused() {
        fixture.given(history(opened(TIER), screened(), allMet(TIER, HUMAN_RIGHTS), assessed(HUMAN_RIGHTS, NOT_MET),
                       ratedLow()))
               .when(decide(CLEARED, COUNTRY_APPROVER))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V3, "criterion HUMAN_RIGHTS NOT_MET"))
               .expectExceptionMessage("V3: SANCTIONS and HUMAN_RIGHTS are exclusionary: a partner who does not meet "
                       + "them is rejected, not CLEARED; blocking: criterion HUMAN_RIGHTS NOT_MET");
    }

    @Test
    void human_rights_not_met_refuses_a_clearance_with_conditions_too() {
        fixture.given(history(opened(TIER), screened(), allMet(TIER, HUMAN_RIGHTS), assessed(HUMAN_RIGHTS, NOT_MET),
                       ratedLow()))
               .when(decide(CLEARED_WITH_CONDITIONS, COUNTRY_APPROVER))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V3, "criterion HUMAN_RIGHTS NOT_MET"))
               .expectExceptionMessage(refusal(Rule.V3, "not CLEARED_WITH_CONDITIONS"));
    }

    @Test
    void sanctions_not_met_forces_rejection_naming_the_criterion_and_every_undismissed_match() {
        fixture.given(history(opened(TIER), screened(SONATEL_TRADING), allMet(TIER, SANCTIONS),
                       assessed(SANCTIONS, NOT_MET), ratedLow()))
               .when(decide(CLEARED, COUNTRY_APPROVER))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V3, "criterion SANCTIONS NOT_MET",
                       "undismissed screening match KPe.001 (SONATEL TRADING LIMITED)"));
    }

    @Test
    void a_partner_not_meeting_an_exclusionary_criterion_is_rejected() {
        fixture.given(history(opened(TIER), screened(SONATEL_TRADING), allMet(TIER, SANCTIONS),
                       assessed(SANCTIONS, NOT_MET), ratedLow()))
               .when(decide(REJECTED, COUNTRY_APPROVER))
               .expectSuccessfulHandlerExecution()
               .expectEvents(decided(TIER, REJECTED, RiskBand.LOW));
    }

    @Test
    void a_match_screened_after_sanctions_was_assessed_met_blocks_a_clearance_until_dismissed() {
        fixture.given(history(readyToDecide(TIER), screenedOn("2025-02-28T10:00:00", SONA_TEL_GROUP)))
               .when(clear(TIER))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V3, "undismissed screening match KPe.002 (SONA-TEL GROUP)"));
    }

    @Test
    void a_later_match_dismissed_as_a_false_positive_no_longer_blocks_the_clearance() {
        fixture.given(history(readyToDecide(TIER), screened(SONA_TEL_GROUP), dismissedBy(ANALYST, SONA_TEL_GROUP)))
               .when(clear(TIER))
               .expectEvents(cleared(TIER));
    }

    @Test
    void an_exclusionary_criterion_reassessed_as_met_no_longer_blocks_the_clearance() {
        fixture.given(history(opened(TIER), screened(), allMet(TIER, HUMAN_RIGHTS), assessed(HUMAN_RIGHTS, NOT_MET),
                       assessed(HUMAN_RIGHTS, MET, NOT_MET), ratedLow()))
               .when(clear(TIER))
               .expectEvents(cleared(TIER));
    }

    @Test
    void a_non_exclusionary_criterion_not_met_leaves_the_clearance_to_the_approver() {
        fixture.given(history(opened(TIER), screened(), allMet(TIER, CORE_VALUES), assessed(CORE_VALUES, NOT_MET),
                       ratedLow()))
               .when(clear(TIER))
               .expectEvents(cleared(TIER));
    }

    @Test
    void a_clearance_without_any_screening_on_record_is_refused() {
        fixture.given(history(opened(TIER), assessed(SANCTIONS, NOT_MET), allMet(TIER, SANCTIONS), ratedLow()))
               .when(clear(TIER))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V3: a vetting is decided only on a sanctions screening, and there is none on "
                       + "record");
    }

    @Test
    void even_a_rejection_needs_a_screening_on_record() {
        fixture.given(history(opened(TIER), assessed(SANCTIONS, NOT_MET), allMet(TIER, SANCTIONS), ratedLow()))
               .when(decide(REJECTED, COUNTRY_APPROVER))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(refusal(Rule.V3, "decided only on a sanctions screening"));
    }

    @Test
    void a_mitigated_sanctions_on_a_dismissed_match_is_accepted() {
        fixture.given(opened(TIER), screened(SONATEL_TRADING), dismissed(SONATEL_TRADING))
               .when(mitigate(SANCTIONS, "Screen again before each disbursement"))
               .expectEvents(mitigated(SANCTIONS, "Screen again before each disbursement"));
    }
}
