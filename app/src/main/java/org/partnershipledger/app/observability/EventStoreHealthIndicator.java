package org.partnershipledger.app.observability;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * DOWN while the event store does not answer: the monitor's last read of its head failed, or has not come back within
 * the timeout. Reads nothing itself, so a probe is answered at once even when the database hangs. UNKNOWN, which does
 * not turn readiness DOWN, only until the first read has been tried.
 */
final class EventStoreHealthIndicator implements HealthIndicator {

    private final Supplier<EventStoreReach> lastSample;
    private final Duration timeout;
    private final Clock clock;

    EventStoreHealthIndicator(Supplier<EventStoreReach> lastSample, Duration timeout, Clock clock) {
        this.lastSample = lastSample;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public Health health() {
        EventStoreReach reach = lastSample.get();
        if (reach == EventStoreReach.NOT_YET_READ) {
            // The first sample is under way, moments after a start-up that has just used the database.
            return Health.unknown().withDetail("failure", reach.failure()).build();
        }
        Instant now = clock.instant();
        Health.Builder health = reach.reachable(timeout, now) ? Health.up() : Health.down();
        if (reach.head() != null) {
            health.withDetail("head", reach.head());
        }
        if (reach.lastReadAt() != null) {
            health.withDetail("lastReadAt", reach.lastReadAt().toString());
        }
        if (reach.failure() != null) {
            health.withDetail("failure", reach.failure());
        } else if (!reach.reachable(timeout, now)) {
            health.withDetail("failure", "no answer for more than " + timeout.toSeconds() + " s");
        }
        return health.build();
    }
}
