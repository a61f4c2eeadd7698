package org.partnershipledger.projections.vetting;

import org.partnershipledger.projections.EventHistory;
import org.junit.jupiter.api.Test;
import org.partnershipledger.application.vetting.queries.FindReusableClearance;
import org.partnershipledger.application.vetting.views.ReusableClearance;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.ReopeningReason;
import org.partnershipledger.domain.vetting.VettingDecision;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReusableClearanceProjectionTest {

    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 3, 10);
    private static final LocalDate LAST_VALID_DAY = LocalDate.of(2028, 3, 9);
    private static final Instant FIRST_OPENED_AT = Instant.parse("2026-03-01T10:00:00Z");

    private final InMemoryVettingStore store = new InMemoryVettingStore();
    private final VettingViewProjection views = new VettingViewProjection(store);
    private final ReusableClearanceProjection reuse = new ReusableClearanceProjection(store);
    private int vettingsOpened;

    @Test
    void a_standing_clearance_at_the_needed_tier_is_reusable_with_its_decision() {
        decide("v-1", VettingTier.STANDARD, VettingDecision.CLEARED, DECIDED_ON);

        assertThat(reusable(VettingTier.STANDARD, DECIDED_ON.plusMonths(1))).contains(
                new ReusableClearance("v-1", "tostan", VettingTier.STANDARD, VettingDecision.CLEARED,
                        LAST_VALID_DAY, List.of()));
    }

    @Test
    void a_clearance_with_conditions_is_reusable_and_carries_its_conditions() {
        decide("v-1", VettingTier.LIGHT, VettingDecision.CLEARED_WITH_CONDITIONS, DECIDED_ON);

        assertThat(reusable(VettingTier.LIGHT, DECIDED_ON)).hasValueSatisfying(c -> {
            assertThat(c.decision()).isEqualTo(VettingDecision.CLEARED_WITH_CONDITIONS);
            assertThat(c.conditions()).containsExactly("quarterly financial reports");
        });
    }

    @Test
    void a_clearance_at_a_deeper_tier_covers_a_shallower_need() {
        decide("v-1", VettingTier.ENHANCED, VettingDecision.CLEARED, DECIDED_ON);

        assertThat(reusable(VettingTier.LIGHT, DECIDED_ON)).isPresent();
    }

    @Test
    void a_clearance_below_the_needed_tier_is_not_reusable() {
        decide("v-1", VettingTier.STANDARD, VettingDecision.CLEARED, DECIDED_ON);

        assertThat(reusable(VettingTier.ENHANCED, DECIDED_ON)).isEmpty();
    }

    @Test
    void a_clearance_is_reusable_on_its_last_valid_day_and_not_the_day_after() {
        decide("v-1", VettingTier.LIGHT, VettingDecision.CLEARED, DECIDED_ON);

        assertThat(reusable(VettingTier.LIGHT, LAST_VALID_DAY)).isPresent();
        assertThat(reusable(VettingTier.LIGHT, LAST_VALID_DAY.plusDays(1))).isEmpty();
    }

    @Test
    void a_clearance_is_not_reusable_on_a_day_before_it_was_decided() {
        decide("v-1", VettingTier.LIGHT, VettingDecision.CLEARED, DECIDED_ON);

        assertThat(reusable(VettingTier.LIGHT, DECIDED_ON.minusDays(1))).isEmpty();
    }

    @Test
    void a_rejection_is_not_reusable() {
        decide("v-1", VettingTier.ENHANCED, VettingDecision.REJECTED, DECIDED_ON);

        assertThat(reusable(VettingTier.LIGHT, DECIDED_ON)).isEmpty();
    }

    @Test
    void a_reopened_clearance_is_not_reusable() {
        VettingEvents events = tostan("v-1", VettingTier.STANDARD);
        history().then(events.opened(), events.cleared(DECIDED_ON),
                events.reopened(ReopeningReason.ADVERSE_MEDIA, VettingDecision.CLEARED));

        assertThat(reusable(VettingTier.LIGHT, DECIDED_ON.plusDays(1))).isEmpty();
    }

    @Test
    void a_vetting_cleared_again_after_reopening_is_reusable_from_its_new_decision() {
        VettingEvents events = tostan("v-1", VettingTier.STANDARD);
        history().then(events.opened(), events.cleared(DECIDED_ON),
                events.reopened(ReopeningReason.OTHER, VettingDecision.CLEARED),
                events.cleared(DECIDED_ON.plusMonths(2)));

        assertThat(reusable(VettingTier.STANDARD, DECIDED_ON.plusMonths(2))).hasValueSatisfying(c ->
                assertThat(c.validUntil()).isEqualTo(DECIDED_ON.plusMonths(26).minusDays(1)));
    }

    @Test
    void an_open_vetting_is_not_reusable() {
        history().then(tostan("v-1", VettingTier.ENHANCED).opened());

        assertThat(reusable(VettingTier.LIGHT, DECIDED_ON)).isEmpty();
    }

    @Test
    void the_most_recent_qualifying_decision_is_the_one_reused() {
        decide("v-old-enhanced", VettingTier.ENHANCED, VettingDecision.CLEARED, DECIDED_ON);
        decide("v-recent", VettingTier.STANDARD, VettingDecision.CLEARED_WITH_CONDITIONS, DECIDED_ON.plusMonths(3));
        decide("v-newest-rejected", VettingTier.ENHANCED, VettingDecision.REJECTED, DECIDED_ON.plusMonths(4));

        assertThat(reusable(VettingTier.STANDARD, DECIDED_ON.plusMonths(5)))
                .hasValueSatisfying(c -> assertThat(c.vettingId()).isEqualTo("v-recent"));
        assertThat(reusable(VettingTier.ENHANCED, DECIDED_ON.plusMonths(5)))
                .hasValueSatisfying(c -> assertThat(c.vettingId()).isEqualTo("v-old-enhanced"));
    }

    @Test
    void another_partners_clearance_is_not_reusable() {
        VettingEvents gavi = new VettingEvents("v-1", "gavi", "Gavi", PartnerType.GPP, "p-1", VettingTier.ENHANCED);
        history().then(gavi.opened(), gavi.cleared(DECIDED_ON));

        assertThat(reusable(VettingTier.LIGHT, DECIDED_ON)).isEmpty();
    }

    private Optional<ReusableClearance> reusable(VettingTier neededTier, LocalDate validOn) {
        return reuse.handle(new FindReusableClearance("tostan", neededTier, validOn));
    }

    private void decide(String vettingId, VettingTier tier, VettingDecision decision, LocalDate decidedOn) {
        VettingEvents events = tostan(vettingId, tier);
        history().then(events.opened(), events.decided(decision, decidedOn));
    }

    private static VettingEvents tostan(String vettingId, VettingTier tier) {
        return VettingEvents.tostan(vettingId, tier);
    }

    private EventHistory history() {
        return new EventHistory(views, FIRST_OPENED_AT.plus(Duration.ofDays(vettingsOpened++)));
    }
}
