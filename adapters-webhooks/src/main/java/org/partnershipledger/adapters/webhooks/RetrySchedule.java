package org.partnershipledger.adapters.webhooks;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed delivery is tried again (ADR 021): after the n-th failed attempt, {@code baseDelay × 2^(n-1)}, never
 * more than {@code maxDelay}; after attempt {@code maxAttempts} not at all: the delivery is parked.
 */
public record RetrySchedule(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public RetrySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 < baseDelay <= maxDelay, was " + baseDelay + " and " + maxDelay);
        }
    }

    /**
     * @param failedAttempts how many attempts have been made, all failed (at least 1)
     * @return the wait before the next attempt, or empty when none is left
     */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1, was " + failedAttempts);
        }
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        // Doubling stops once it passes the cap, so that many attempts never overflow.
        Duration delay = baseDelay;
        for (int attempt = 1; attempt < failedAttempts && delay.compareTo(maxDelay) < 0; attempt++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}
