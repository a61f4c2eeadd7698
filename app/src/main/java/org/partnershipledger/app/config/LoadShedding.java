package org.partnershipledger.app.config;

import org.partnershipledger.app.settings.SettingConstraints;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much work the HTTP API takes on at once ({@code ledger.http.*}), beyond which it sheds load with 503 (ADR 024).
 *
 * @param maxConcurrentRequests      requests worked on at once; unset, three quarters of Tomcat's worker threads
 *                                   ({@code server.tomcat.threads.max}), so that threads remain to refuse the rest
 *                                   at once rather than leave them queued behind busy threads
 * @param overloadRetryAfterSeconds  the {@code Retry-After} of a 503: how long a client should wait before retrying
 */
@ConfigurationProperties(HttpLimits.PREFIX)
public record LoadShedding(Integer maxConcurrentRequests, @DefaultValue("1") int overloadRetryAfterSeconds) {

    public LoadShedding {
        SettingConstraints.under(HttpLimits.PREFIX)
                .atLeastIfSet("max-concurrent-requests", maxConcurrentRequests, 1)
                .atLeast("overload-retry-after-seconds", overloadRetryAfterSeconds, 1)
                .enforce();
    }

    /** The limit in force: the configured one, or three quarters of the worker threads. */
    public int maxConcurrentRequests(int workerThreads) {
        return maxConcurrentRequests != null ? maxConcurrentRequests : Math.max(1, workerThreads * 3 / 4);
    }
}
