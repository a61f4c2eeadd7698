package org.partnershipledger.adapters.webhooks;

import java.time.Duration;
import java.util.Objects;

/**
 * How the delivery worker runs.
 *
 * @param retries        when failed deliveries are tried again, and how often before they are parked
 * @param pollInterval   how often the worker looks for due deliveries
 * @param connectTimeout how long to wait for a receiver to accept the connection
 * @param requestTimeout how long to wait for a receiver's answer
 * @param threads        how many deliveries are in flight at most: a slow receiver can hold only these
 */
public record WebhookSettings(RetrySchedule retries, Duration pollInterval, Duration connectTimeout,
                              Duration requestTimeout, int threads) {

    public WebhookSettings {
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /**
     * How long a claimed delivery belongs to the worker that claimed it: longer than any attempt can take, so that
     * only a worker that died mid-attempt loses it to another.
     */
    Duration lease() {
        return connectTimeout.plus(requestTimeout).plusSeconds(30);
    }
}
