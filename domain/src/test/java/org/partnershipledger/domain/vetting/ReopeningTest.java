package org.partnershipledger.domain.vetting;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.vetting.commands.DecideVetting;
import org.partnershipledger.domain.vetting.commands.ReopenVetting;
import org.partnershipledger.domain.vetting.events.VettingDecided;
import org.partnershipledger.domain.vetting.events.VettingReopened;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.domain.shared.VettingTier.ENHANCED;
import static org.partnershipledger.domain.shared.VettingTier.STANDARD;
import static org.partnershipledger.domain.vetting.AssessmentResult.MET;
import static org.partnershipledger.domain.vetting.Criterion.GOVERNANCE;
import static org.partnershipledger.domain.vetting.Criterion.REPUTATION;
import static org.partnershipledger.domain.vetting.Criterion.SANCTIONS;
import static org.partnershipledger.domain.vetting.ReopeningReason.ADVERSE_MEDIA;
import static org.partnershipledger.domain.vetting.ReopeningReason.OTHER;
import static org.partnershipledger.domain.vetting.ReopeningReason.SANCTIONS_LISTING;
import static org.partnershipledger.domain.vetting.VettingDecision.CLEARED;
import static org.partnershipledger.domain.vetting.VettingDecision.REJECTED;
import static org.partnershipledger.domain.vetting.VettingTestData.*;

/**
 * V8: new information reopens a decided vetting; the decision no longer stands, every relying partnership is
 * named, and the vetting is decided again only after what the reopening requires is redone. Until reopened, a
 * decided vetting accepts nothing new.
 */
class ReopeningTest {

    private static final LocalDate REUSED_ON = LocalDate.of(2025, 9, 1);
    private static final LocalDate DECIDED_AGAIN_ON = LocalDate.of(2025, 11, 3);

    private FixtureConfiguration<Vetting> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void a_clearance_is_reopened_naming_every_partnership_relying_on_it() {
        fixture.given(history(clearedHistory(STANDARD), reused(STANDARD, SECOND_PARTNERSHIP, STANDARD, REUSED_ON),
                       reused(STANDARD, THIRD_PARTNERSHIP, STANDARD, REUSED_ON)))
               .when(reopen(OTHER))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new VettingReopened(ID, PARTNER, OTHER, "A whistle-blower report on procurement",
                       OFFICER, CLEARED, false, List.of(),
                       List.of(PARTNERSHIP, SECOND_PARTNERSHIP, THIRD_PARTNERSHIP)));
    }

    @Test
    void a_rejection_is_reopened_too_since_new_information_may_clear_the_partner() {
        fixture.given(rejectedHistory(STANDARD))
               .when(reopen(OTHER))
               .expectEvents(reopened(STANDARD, OTHER, REJECTED));
    }

    @Test
    void a_sanctions_listing_sets_the_screening_and_the_sanctions_assessment_aside() {
        fixture.given(clearedHistory(STANDARD))
               .when(reopen(SANCTIONS_LISTING))
               .expectEvents(new VettingReopened(ID, PARTNER, SANCTIONS_LISTING,
                       "A subsidiary appears in the 12 May list update", OFFICER, CLEARED, true, List.of(SANCTIONS),
                       List.of(PARTNERSHIP)));
    }

    @Test
    void adverse_media_sets_reputation_aside_where_the_tier_assesses_it() {
        fixture.given(clearedHistory(ENHANCED))
               .when(reopen(ADVERSE_MEDIA))
               .expectEvents(new VettingReopened(ID, PARTNER, ADVERSE_MEDIA,
                       "Press reports of forced evictions at a company site", OFFICER, CLEARED, false,
                       List.of(REPUTATION), List.of(PARTNERSHIP)));
    }

    @Test
    void adverse_media_below_enhanced_sets_no_criterion_aside() {
        fixture.given(clearedHistory(STANDARD))
               .when(reopen(ADVERSE_MEDIA))
               .expectEvents(reopened(STANDARD, ADVERSE_MEDIA, CLEARED));
    }

    @Test
    void an_open_vetting_is_not_reopened() {
        fixture.given(readyToDecide(STANDARD))
               .when(reopen(ADVERSE_MEDIA))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V8: only a decided vetting is reopened, and this one is OPEN");
    }

    @Test
    void a_reopened_vetting_is_not_reopened_again() {
        fixture.given(history(clearedHistory(STANDARD), reopened(STANDARD, OTHER, CLEARED)))
               .when(reopen(ADVERSE_MEDIA))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V8: only a decided vetting is reopened, and this one is REOPENED");
    }

    @Test
    void a_reopening_without_the_new_information_is_refused() {
        fixture.given(clearedHistory(STANDARD))
               .when(new ReopenVetting(ID, ADVERSE_MEDIA, " ", OFFICER))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V8, "information"))
               .expectExceptionMessage("V8: a vetting is reopened on new information; missing: information");
    }

    @Test
    void a_reopening_names_its_reason_and_who_reopened() {
        assertThatThrownBy(() -> new ReopenVetting(ID, null, "news", OFFICER))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reason is required");
        assertThatThrownBy(() -> new ReopenVetting(ID, OTHER, "news", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reopenedBy is required");
    }

    // ---- what must be redone --------------------------------------------------------------------------------

    @Test
    void a_reopened_vetting_needs_a_fresh_risk_rating_before_it_is_decided_again() {
        fixture.given(history(clearedHistory(STANDARD), reopened(STANDARD, OTHER, CLEARED)))
               .when(clear(STANDARD))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V5, "risk rating"));
    }

    @Test
    void after_a_sanctions_listing_sanctions_must_be_assessed_again_and_the_risk_rated() {
        fixture.given(history(clearedHistory(STANDARD), reopened(STANDARD, SANCTIONS_LISTING, CLEARED)))
               .when(clear(STANDARD))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V5, "criterion SANCTIONS", "risk rating"));
    }

    @Test
    void after_a_sanctions_listing_sanctions_is_not_assessed_met_on_the_old_screening() {
        fixture.given(history(clearedHistory(STANDARD), reopened(STANDARD, SANCTIONS_LISTING, CLEARED)))
               .when(assess(SANCTIONS, MET))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V3: SANCTIONS is assessed MET only on a sanctions screening, and there is "
                       + "none on record since the vetting was reopened on a sanctions listing");
    }

    @Test
    void after_a_sanctions_listing_no_decision_is_taken_without_a_new_screening() {
        fixture.given(history(clearedHistory(STANDARD), reopened(STANDARD, SANCTIONS_LISTING, CLEARED),
                       assessed(SANCTIONS, AssessmentResult.NOT_MET), ratedLow()))
               .when(decide(REJECTED, REGIONAL_APPROVER))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V3: a vetting is decided only on a sanctions screening, and there is none on "
                       + "record since the vetting was reopened on a sanctions listing");
    }

    @Test
    void after_adverse_media_reputation_must_be_assessed_again() {
        fixture.given(history(clearedHistory(ENHANCED), reopened(ENHANCED, ADVERSE_MEDIA, CLEARED), ratedLow()))
               .when(clear(ENHANCED))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V5, "criterion REPUTATION"));
    }

    @Test
    void a_reopened_vetting_redone_is_decided_again_naming_every_relying_partnership() {
        fixture.given(history(clearedHistory(STANDARD), reused(STANDARD, SECOND_PARTNERSHIP, STANDARD, REUSED_ON),
                       reopened(STANDARD, SANCTIONS_LISTING, CLEARED, PARTNERSHIP, SECOND_PARTNERSHIP),
                       screenedOn("2025-10-30T10:00:00"), assessed(SANCTIONS, MET), ratedMedium()))
               .when(new DecideVetting(ID, CLEARED, REASONS, List.of(), REGIONAL_APPROVER, DECIDED_AGAIN_ON))
               .expectEvents(new VettingDecided(ID, PARTNER, PARTNERSHIP, STANDARD, CLEARED, REASONS, List.of(),
                       RiskBand.MEDIUM, DECIDED_AGAIN_ON, LocalDate.of(2027, 11, 2), REGIONAL_APPROVER.userId(),
                       List.of(PARTNERSHIP, SECOND_PARTNERSHIP)));
    }

    @Test
    void a_reopened_rejection_may_end_in_a_clearance() {
        fixture.given(history(rejectedHistory(STANDARD), reopened(STANDARD, OTHER, REJECTED), ratedLow()))
               .when(clear(STANDARD))
               .expectEvents(cleared(STANDARD));
    }

    @Test
    void a_reopened_vetting_accepts_new_findings() {
        fixture.given(history(clearedHistory(STANDARD), reopened(STANDARD, OTHER, CLEARED)))
               .when(assess(GOVERNANCE, MET))
               .expectEvents(assessed(GOVERNANCE, MET, MET));
    }

    // ---- a decision stands until reopened -------------------------------------------------------------------

    @Test
    void a_decided_vetting_is_not_decided_again_without_reopening() {
        fixture.given(clearedHistory(STANDARD))
               .when(decide(REJECTED, REGIONAL_APPROVER))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V8: the vetting was decided CLEARED on 2025-03-01: reopen it on new "
                       + "information to decide it again");
    }

    @Test
    void a_decided_vetting_accepts_no_assessment() {
        fixture.given(clearedHistory(STANDARD))
               .when(assess(GOVERNANCE, AssessmentResult.NOT_MET))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(refusal(Rule.V8, "reopen it on new information to assess a criterion"));
    }

    @Test
    void a_decided_vetting_accepts_no_screening() {
        fixture.given(rejectedHistory(STANDARD))
               .when(screen(SONATEL_TRADING))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V8: the vetting was decided REJECTED on 2025-03-01: reopen it on new "
                       + "information to record a screening");
    }

    @Test
    void a_decided_vetting_accepts_no_dismissal() {
        fixture.given(history(opened(STANDARD), screened(SONATEL_TRADING), assessed(SANCTIONS,
                       AssessmentResult.NOT_MET), allMet(STANDARD, SANCTIONS), ratedLow(),
                       decided(STANDARD, REJECTED, RiskBand.LOW)))
               .when(dismiss(SONATEL_TRADING))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(refusal(Rule.V8, "to dismiss a screening match"));
    }

    @Test
    void a_decided_vetting_accepts_no_risk_rating() {
        fixture.given(clearedHistory(STANDARD))
               .when(rate(5, 5))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(refusal(Rule.V8, "to rate the risk"));
    }
}
