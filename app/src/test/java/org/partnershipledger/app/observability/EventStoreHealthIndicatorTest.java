package org.partnershipledger.app.observability;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class EventStoreHealthIndicatorTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Test
    void before_the_first_read_the_event_store_is_unknown_so_that_readiness_is_not_held_down_at_start_up() {
        assertThat(health(EventStoreReach.NOT_YET_READ, T0).getStatus()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void a_recent_read_is_up_with_the_head() {
        Health health = health(EventStoreReach.NOT_YET_READ.succeeded(12, T0), T0.plusSeconds(1));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("head", 12L).doesNotContainKey("failure");
    }

    @Test
    void a_failed_read_is_down_with_the_reason() {
        Health health = health(EventStoreReach.NOT_YET_READ.succeeded(12, T0).failed("Connection refused"),
                T0.plusSeconds(1));

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("failure", "Connection refused");
    }

    @Test
    void a_read_that_has_not_come_back_within_the_timeout_is_down() {
        Health health = health(EventStoreReach.NOT_YET_READ.succeeded(12, T0), T0.plus(TIMEOUT).plusSeconds(1));

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("failure", "no answer for more than 15 s");
    }

    private static Health health(EventStoreReach reach, Instant now) {
        return new EventStoreHealthIndicator(() -> reach, TIMEOUT, Clock.fixed(now, ZoneOffset.UTC)).health();
    }
}
