package org.partnershipledger.domain.vetting;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.commands.RecordClearanceReuse;
import org.partnershipledger.domain.vetting.events.ClearanceReused;
import org.partnershipledger.domain.vetting.events.VettingDecided;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.domain.shared.VettingTier.ENHANCED;
import static org.partnershipledger.domain.shared.VettingTier.LIGHT;
import static org.partnershipledger.domain.shared.VettingTier.STANDARD;
import static org.partnershipledger.domain.vetting.ReopeningReason.ADVERSE_MEDIA;
import static org.partnershipledger.domain.vetting.VettingDecision.CLEARED;
import static org.partnershipledger.domain.vetting.VettingDecision.CLEARED_WITH_CONDITIONS;
import static org.partnershipledger.domain.vetting.VettingTestData.*;

/**
 * V7: a clearance is valid for the policy's months from its decision; while valid, other partnerships needing the
 * same or a shallower tier reuse it, and the vetting keeps every partnership relying on it.
 */
class ClearanceReuseTest {

    private static final LocalDate REUSED_ON = LocalDate.of(2025, 9, 1);

    private FixtureConfiguration<Vetting> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void a_clearance_is_valid_for_24_months_from_the_decision_date() {
        assertThat(VettingPolicy.DEFAULT.validUntil(LocalDate.of(2025, 3, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void the_decided_event_carries_the_validity_the_operators_policy_gives() {
        fixture = fixture(RiskPolicy.DEFAULT, new VettingPolicy(12), ApprovalAuthority.DEFAULT);

        fixture.given(readyToDecide(STANDARD))
               .when(clear(STANDARD))
               .expectEvents(new VettingDecided(ID, PARTNER, PARTNERSHIP, STANDARD, CLEARED, REASONS, List.of(),
                       RiskBand.LOW, DECIDED_ON, LocalDate.of(2026, 2, 28), REGIONAL_APPROVER.userId(),
                       List.of(PARTNERSHIP)));
    }

    @Test
    void a_valid_clearance_is_reused_by_a_partnership_needing_the_same_tier() {
        fixture.given(clearedHistory(STANDARD))
               .when(new RecordClearanceReuse(ID, SECOND_PARTNERSHIP, STANDARD, REUSED_ON))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ClearanceReused(ID, PARTNER, SECOND_PARTNERSHIP, STANDARD, STANDARD, CLEARED,
                       List.of(), VALID_UNTIL, REUSED_ON));
    }

    @Test
    void a_deeper_clearance_is_reused_by_a_partnership_needing_a_shallower_tier() {
        fixture.given(clearedHistory(ENHANCED))
               .when(new RecordClearanceReuse(ID, SECOND_PARTNERSHIP, LIGHT, REUSED_ON))
               .expectEvents(reused(ENHANCED, SECOND_PARTNERSHIP, LIGHT, REUSED_ON));
    }

    @Test
    void a_reused_clearance_with_conditions_carries_them() {
        fixture.given(history(readyToDecide(STANDARD), decided(STANDARD, CLEARED_WITH_CONDITIONS, RiskBand.LOW)))
               .when(new RecordClearanceReuse(ID, SECOND_PARTNERSHIP, STANDARD, REUSED_ON))
               .expectEvents(new ClearanceReused(ID, PARTNER, SECOND_PARTNERSHIP, STANDARD, STANDARD,
                       CLEARED_WITH_CONDITIONS, CONDITIONS, VALID_UNTIL, REUSED_ON));
    }

    @Test
    void a_clearance_is_reused_on_its_last_valid_day() {
        fixture.given(clearedHistory(STANDARD))
               .when(new RecordClearanceReuse(ID, SECOND_PARTNERSHIP, STANDARD, VALID_UNTIL))
               .expectEvents(reused(STANDARD, SECOND_PARTNERSHIP, STANDARD, VALID_UNTIL));
    }

    @Test
    void an_expired_clearance_is_not_reused() {
        fixture.given(clearedHistory(STANDARD))
               .when(new RecordClearanceReuse(ID, SECOND_PARTNERSHIP, STANDARD, VALID_UNTIL.plusDays(1)))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V7: the clearance is valid from 2025-03-01 to 2027-02-28, not on 2027-03-01: "
                       + "vet the partner again");
    }

    @Test
    void a_clearance_is_not_reused_before_it_was_decided() {
        fixture.given(clearedHistory(STANDARD))
               .when(new RecordClearanceReuse(ID, SECOND_PARTNERSHIP, STANDARD, DECIDED_ON.minusDays(1)))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(refusal(Rule.V7, "not on 2025-02-28"));
    }

    @Test
    void a_clearance_below_the_tier_needed_is_not_reused() {
        fixture.given(clearedHistory(STANDARD))
               .when(new RecordClearanceReuse(ID, SECOND_PARTNERSHIP, ENHANCED, REUSED_ON))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V7: the clearance is at tier STANDARD and the engagement needs ENHANCED: vet "
                       + "the partner at that tier");
    }

    @Test
    void a_rejection_is_not_reused() {
        fixture.given(rejectedHistory(STANDARD))
               .when(new RecordClearanceReuse(ID, SECOND_PARTNERSHIP, STANDARD, REUSED_ON))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V7: only a standing clearance is reused, and this vetting is REJECTED");
    }

    @Test
    void an_open_vetting_is_not_reused() {
        fixture.given(readyToDecide(STANDARD))
               .when(new RecordClearanceReuse(ID, SECOND_PARTNERSHIP, STANDARD, REUSED_ON))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V7: only a standing clearance is reused, and this vetting is OPEN");
    }

    @Test
    void a_reopened_clearance_is_not_reused() {
        fixture.given(history(clearedHistory(STANDARD), reopened(STANDARD, ADVERSE_MEDIA, CLEARED)))
               .when(new RecordClearanceReuse(ID, SECOND_PARTNERSHIP, STANDARD, REUSED_ON))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V7: only a standing clearance is reused, and this vetting is REOPENED");
    }

    @Test
    void the_partnership_the_vetting_was_opened_for_does_not_reuse_it() {
        fixture.given(clearedHistory(STANDARD))
               .when(new RecordClearanceReuse(ID, PARTNERSHIP, STANDARD, REUSED_ON))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V7: partnership p-1 already relies on this clearance");
    }

    @Test
    void a_partnership_reuses_a_clearance_once() {
        fixture.given(history(clearedHistory(STANDARD), reused(STANDARD, SECOND_PARTNERSHIP, STANDARD, REUSED_ON)))
               .when(new RecordClearanceReuse(ID, SECOND_PARTNERSHIP, STANDARD, REUSED_ON.plusDays(3)))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(refusal(Rule.V7, "partnership p-2 already relies"));
    }

    @Test
    void several_partnerships_reuse_one_clearance() {
        fixture.given(history(clearedHistory(STANDARD), reused(STANDARD, SECOND_PARTNERSHIP, STANDARD, REUSED_ON)))
               .when(new RecordClearanceReuse(ID, THIRD_PARTNERSHIP, LIGHT, REUSED_ON))
               .expectEvents(reused(STANDARD, THIRD_PARTNERSHIP, LIGHT, REUSED_ON));
    }

    @Test
    void a_reuse_carries_the_tier_needed_and_the_day() {
        assertThatThrownBy(() -> new RecordClearanceReuse(ID, SECOND_PARTNERSHIP, null, REUSED_ON))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("neededTier is required");
        assertThatThrownBy(() -> new RecordClearanceReuse(ID, SECOND_PARTNERSHIP, VettingTier.LIGHT, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reusedOn is required");
    }
}
