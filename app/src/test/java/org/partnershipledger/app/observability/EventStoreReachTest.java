package org.partnershipledger.app.observability;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EventStoreReachTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Test
    void an_event_store_never_read_is_not_reachable() {
        assertThat(EventStoreReach.NOT_YET_READ.reachable(TIMEOUT, T0)).isFalse();
    }

    @Test
    void a_recent_successful_read_is_reachable_until_the_timeout_has_passed_without_another() {
        EventStoreReach read = EventStoreReach.NOT_YET_READ.succeeded(7, T0);

        assertThat(read.reachable(TIMEOUT, T0.plusSeconds(15))).isTrue();
        assertThat(read.reachable(TIMEOUT, T0.plusSeconds(16))).as("a read that hangs").isFalse();
        assertThat(read.head()).isEqualTo(7);
    }

    @Test
    void a_failed_read_is_unreachable_at_once_and_keeps_the_last_known_head() {
        EventStoreReach failed = EventStoreReach.NOT_YET_READ.succeeded(7, T0).failed("connection refused");

        assertThat(failed.reachable(TIMEOUT, T0.plusSeconds(1))).isFalse();
        assertThat(failed.head()).isEqualTo(7);
        assertThat(failed.failure()).isEqualTo("connection refused");
        assertThat(failed.succeeded(8, T0.plusSeconds(2)).reachable(TIMEOUT, T0.plusSeconds(2)))
                .as("back once a read succeeds").isTrue();
    }
}
