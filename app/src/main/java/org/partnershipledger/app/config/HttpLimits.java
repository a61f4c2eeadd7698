package org.partnershipledger.app.config;

import org.partnershipledger.app.settings.SettingConstraints;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the HTTP API ({@code ledger.http.*}).
 *
 * @param maxBodyBytes          the largest request body accepted; larger ones answer 413
 * @param rateLimitBurst        requests a user may send at once before the steady rate applies
 * @param rateLimitPerSecond    the steady rate per user; beyond it, 429 with Retry-After
 */
@ConfigurationProperties(HttpLimits.PREFIX)
public record HttpLimits(@DefaultValue("65536") int maxBodyBytes,
                         @DefaultValue("100") int rateLimitBurst,
                         @DefaultValue("50") double rateLimitPerSecond) {

    static final String PREFIX = "ledger.http";

    public HttpLimits {
        SettingConstraints.under(PREFIX)
                .atLeast("max-body-bytes", maxBodyBytes, 1)
                .atLeast("rate-limit-burst", rateLimitBurst, 1)
                .positive("rate-limit-per-second", rateLimitPerSecond)
                .enforce();
    }
}
