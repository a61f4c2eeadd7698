package org.partnershipledger.domain.partnership;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.partnership.commands.RecordVettingOutcome;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.partnership.events.PartnershipReturnedToProposed;
import org.partnershipledger.domain.partnership.events.PartnershipVetted;
import org.partnershipledger.domain.partnership.events.VettingOutcomeRecorded;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.VettingTier;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.domain.partnership.PartnershipTestData.*;
import static org.partnershipledger.domain.partnership.VettingOutcome.CLEARED;
import static org.partnershipledger.domain.partnership.VettingOutcome.CLEARED_WITH_CONDITIONS;
import static org.partnershipledger.domain.partnership.VettingOutcome.REJECTED;
import static org.partnershipledger.domain.partnership.VettingOutcome.REOPENED;
import static org.partnershipledger.domain.shared.VettingTier.ENHANCED;
import static org.partnershipledger.domain.shared.VettingTier.LIGHT;
import static org.partnershipledger.domain.shared.VettingTier.STANDARD;

/** P3, V7, V8: vetting outcomes decide whether a partnership is vetted. */
class VettingOutcomeTest {

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void the_clearance_of_one_of_two_partners_leaves_the_partnership_proposed() {
        fixture.given(formalProposal(TOSTAN, SONATEL))
               .when(clear(TOSTAN, STANDARD))
               .expectEvents(cleared(TOSTAN, STANDARD, STANDARD));
    }

    @Test
    void the_last_clearance_at_the_required_tier_makes_the_partnership_vetted() {
        fixture.given(formalProposal(TOSTAN, SONATEL), cleared(TOSTAN, STANDARD, STANDARD))
               .when(clear(SONATEL, ENHANCED))
               .expectEvents(cleared(SONATEL, ENHANCED, ENHANCED),
                       new PartnershipVetted(ID, List.of(clearance(TOSTAN, STANDARD, STANDARD),
                               clearance(SONATEL, ENHANCED, ENHANCED))));
    }

    @Test
    void a_clearance_with_conditions_vets_the_partnership_too() {
        RecordVettingOutcome withConditions = new RecordVettingOutcome(ID, TOSTAN.partnerId(), vettingId(TOSTAN),
                CLEARED_WITH_CONDITIONS, STANDARD, VALID_UNTIL, List.of("Quarterly financial reports"), false);

        fixture.given(formalProposal(TOSTAN))
               .when(withConditions)
               .expectEvents(new VettingOutcomeRecorded(ID, TOSTAN.partnerId(), vettingId(TOSTAN),
                               CLEARED_WITH_CONDITIONS, STANDARD, STANDARD, VALID_UNTIL,
                               List.of("Quarterly financial reports"), false),
                       new PartnershipVetted(ID, List.of(new PartnerClearance(TOSTAN.partnerId(), vettingId(TOSTAN),
                               CLEARED_WITH_CONDITIONS, STANDARD, STANDARD, VALID_UNTIL))));
    }

    @Test
    void a_clearance_below_the_tier_the_engagement_needs_does_not_vet_the_partnership() {
        fixture.given(formalProposal(TOSTAN))
               .when(clear(TOSTAN, LIGHT))
               .expectEvents(cleared(TOSTAN, LIGHT, STANDARD));
    }

    @Test
    void a_corporate_partner_receiving_funds_needs_an_enhanced_clearance() {
        fixture.given(formalProposal(SONATEL))
               .when(clear(SONATEL, STANDARD))
               .expectEvents(cleared(SONATEL, STANDARD, ENHANCED));
    }

    @Test
    void a_reused_clearance_is_recorded_as_reused_and_vets_the_partnership() {
        RecordVettingOutcome reuse = new RecordVettingOutcome(ID, TOSTAN.partnerId(), "v-2023-17", CLEARED, ENHANCED,
                VALID_UNTIL, List.of(), true);

        fixture.given(formalProposal(TOSTAN))
               .when(reuse)
               .expectEvents(new VettingOutcomeRecorded(ID, TOSTAN.partnerId(), "v-2023-17", CLEARED, ENHANCED,
                               STANDARD, VALID_UNTIL, List.of(), true),
                       new PartnershipVetted(ID, List.of(new PartnerClearance(TOSTAN.partnerId(), "v-2023-17",
                               CLEARED, ENHANCED, STANDARD, VALID_UNTIL))));
    }

    @Test
    void a_rejection_returns_a_vetted_partnership_to_proposed() {
        fixture.given(vettedHistory(formalProposal(TOSTAN)))
               .when(decide(TOSTAN, REJECTED))
               .expectEvents(outcome(TOSTAN, REJECTED, STANDARD, STANDARD),
                       new PartnershipReturnedToProposed(ID, List.of(TOSTAN.partnerId()),
                               "vetting v-tostan of Tostan: REJECTED"));
    }

    @Test
    void a_reopened_vetting_returns_a_vetted_partnership_to_proposed() {
        fixture.given(vettedHistory(formalProposal(TOSTAN)))
               .when(decide(TOSTAN, REOPENED))
               .expectEvents(outcome(TOSTAN, REOPENED, STANDARD, STANDARD),
                       new PartnershipReturnedToProposed(ID, List.of(TOSTAN.partnerId()),
                               "vetting v-tostan of Tostan: REOPENED"));
    }

    @Test
    void a_new_clearance_after_a_rejection_vets_the_partnership_again() {
        PartnershipProposed proposal = formalProposal(TOSTAN);

        fixture.given(history(vettedHistory(proposal), outcome(TOSTAN, REJECTED, STANDARD, STANDARD),
                       new PartnershipReturnedToProposed(ID, List.of(TOSTAN.partnerId()), "rejected")))
               .when(clear(TOSTAN, STANDARD))
               .expectEvents(cleared(TOSTAN, STANDARD, STANDARD), new PartnershipVetted(ID, clearances(proposal)));
    }

    @Test
    void an_outcome_after_agreement_is_recorded_without_changing_the_agreement() {
        fixture.given(agreedHistory(TOSTAN))
               .when(decide(TOSTAN, REOPENED))
               .expectEvents(outcome(TOSTAN, REOPENED, STANDARD, STANDARD));
    }

    @Test
    void an_outcome_for_someone_who_is_not_a_partner_is_refused() {
        fixture.given(formalProposal(TOSTAN))
               .when(clear(SONATEL, ENHANCED))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P3: no partner sonatel in this partnership: a vetting outcome is recorded "
                       + "only for a partner");
    }

    @Test
    void a_clearance_states_until_when_it_is_valid() {
        assertThatThrownBy(() -> new RecordVettingOutcome(ID, TOSTAN.partnerId(), "v-1", CLEARED, STANDARD, null,
                List.of(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("validUntil is required for a CLEARED outcome");
    }

    @Test
    void a_rejection_carries_no_validity() {
        assertThatThrownBy(() -> new RecordVettingOutcome(ID, TOSTAN.partnerId(), "v-1", REJECTED, STANDARD,
                LocalDate.of(2026, 1, 1), List.of(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("validUntil is only for a clearance, not for REJECTED");
    }

    @Test
    void a_clearance_with_conditions_states_them() {
        assertThatThrownBy(() -> new RecordVettingOutcome(ID, TOSTAN.partnerId(), "v-1", CLEARED_WITH_CONDITIONS,
                STANDARD, VALID_UNTIL, List.of(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("conditions are required for CLEARED_WITH_CONDITIONS");
    }

    private static RecordVettingOutcome clear(PartnerProfile partner, VettingTier tier) {
        return new RecordVettingOutcome(ID, partner.partnerId(), vettingId(partner), CLEARED, tier, VALID_UNTIL,
                List.of(), false);
    }

    private static RecordVettingOutcome decide(PartnerProfile partner, VettingOutcome outcome) {
        return new RecordVettingOutcome(ID, partner.partnerId(), vettingId(partner), outcome, STANDARD, null,
                List.of(), false);
    }
}
