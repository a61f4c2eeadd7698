package org.partnershipledger.app.notification;

import org.partnershipledger.app.settings.SettingConstraints;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Webhook delivery ({@code ledger.webhooks.*}, ADR 021). With the defaults a delivery is tried 8 times over about an
 * hour (waits of 30 s, 1, 2, 4, 8, 16 and 32 minutes) before it is parked.
 *
 * @param maxAttempts    attempts before a delivery is parked
 * @param baseDelay      the wait after the first failed attempt; it doubles after each further one
 * @param maxDelay       the longest wait between two attempts
 * @param pollInterval   how often due deliveries are looked for
 * @param connectTimeout how long a receiver may take to accept the connection
 * @param requestTimeout how long a receiver may take to answer
 * @param threads        deliveries in flight at most on this node
 */
@ConfigurationProperties(WebhookProperties.PREFIX)
public record WebhookProperties(@DefaultValue("8") int maxAttempts,
                                @DefaultValue("30s") Duration baseDelay,
                                @DefaultValue("1h") Duration maxDelay,
                                @DefaultValue("1s") Duration pollInterval,
                                @DefaultValue("5s") Duration connectTimeout,
                                @DefaultValue("10s") Duration requestTimeout,
                                @DefaultValue("4") int threads) {

    static final String PREFIX = "ledger.webhooks";

    public WebhookProperties {
        SettingConstraints.under(PREFIX)
                .atLeast("max-attempts", maxAttempts, 1)
                .positive("base-delay", baseDelay)
                .notShorterThan("max-delay", maxDelay, "base-delay", baseDelay)
                .positive("poll-interval", pollInterval)
                .positive("connect-timeout", connectTimeout)
                .positive("request-timeout", requestTimeout)
                .atLeast("threads", threads, 1)
                .enforce();
    }
}
