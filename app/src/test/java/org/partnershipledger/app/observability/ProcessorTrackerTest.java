package org.partnershipledger.app.observability;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessorTrackerTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration THRESHOLD = Duration.ofSeconds(60);

    private final ProcessorTracker tracker = new ProcessorTracker("partnership-views");

    @Test
    void a_processor_caught_up_with_the_head_is_healthy_and_lags_nothing() {
        ProcessorProgress progress = tracker.observe(true, false, 42L, 42L, T0);

        assertThat(progress.lag()).isZero();
        assertThat(progress.unhealthySince()).isNull();
        assertThat(progress.unhealthyLongerThan(Duration.ZERO, T0)).isFalse();
    }

    @Test
    void a_processor_behind_but_advancing_is_healthy() {
        tracker.observe(true, false, 10L, 100L, T0);
        ProcessorProgress progress = tracker.observe(true, false, 20L, 110L, T0.plusSeconds(5));

        assertThat(progress.lag()).isEqualTo(90);
        assertThat(progress.unhealthySince()).isNull();
    }

    @Test
    void a_processor_behind_and_not_advancing_is_stuck_once_the_threshold_has_passed_since_it_was_first_seen_so() {
        tracker.observe(true, false, 10L, 11L, T0);
        tracker.observe(true, false, 10L, 11L, T0.plusSeconds(30));
        ProcessorProgress atThreshold = tracker.observe(true, false, 10L, 12L, T0.plusSeconds(60));

        assertThat(atThreshold.unhealthySince()).isEqualTo(T0);
        assertThat(atThreshold.unhealthyLongerThan(THRESHOLD, T0.plusSeconds(59))).isFalse();
        assertThat(atThreshold.unhealthyLongerThan(THRESHOLD, T0.plusSeconds(60))).isTrue();
    }

    @Test
    void a_stuck_processor_that_advances_again_is_healthy_at_once() {
        tracker.observe(true, false, 10L, 11L, T0);
        tracker.observe(true, false, 10L, 11L, T0.plusSeconds(90));
        ProcessorProgress recovered = tracker.observe(true, false, 11L, 11L, T0.plusSeconds(95));

        assertThat(recovered.unhealthySince()).isNull();
        assertThat(recovered.unhealthyLongerThan(Duration.ZERO, T0.plusSeconds(95))).isFalse();
    }

    @Test
    void a_processor_in_error_is_unhealthy_even_when_caught_up() {
        ProcessorProgress progress = tracker.observe(true, true, 42L, 42L, T0);

        assertThat(progress.unhealthySince()).isEqualTo(T0);
        assertThat(progress.error()).isTrue();
    }

    @Test
    void a_stopped_processor_is_unhealthy() {
        ProcessorProgress progress = tracker.observe(false, false, 42L, 42L, T0);

        assertThat(progress.unhealthySince()).isEqualTo(T0);
    }

    @Test
    void a_processor_without_tokens_or_without_a_known_head_has_no_lag_and_is_not_held_against_it() {
        ProcessorProgress noTokens = tracker.observe(true, false, null, 42L, T0);
        ProcessorProgress noHead = new ProcessorTracker("other").observe(true, false, 40L, null, T0);

        assertThat(noTokens.lag()).isNull();
        assertThat(noTokens.unhealthySince()).isNull();
        assertThat(noHead.lag()).isNull();
        assertThat(noHead.unhealthySince()).isNull();
    }

    @Test
    void a_reset_for_a_replay_moves_the_position_back_and_counts_as_progress() {
        tracker.observe(true, false, 500L, 500L, T0);
        ProcessorProgress replaying = tracker.observe(true, false, 0L, 500L, T0.plusSeconds(5));

        assertThat(replaying.lag()).isEqualTo(500);
        assertThat(replaying.unhealthySince()).isNull();
    }
}
