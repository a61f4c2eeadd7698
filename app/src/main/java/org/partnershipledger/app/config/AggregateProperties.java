package org.partnershipledger.app.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How aggregates are loaded for each command ({@code ledger.aggregates.*}); ADR 016 gives the measurements behind the
 * defaults.
 *
 * @param cacheSize how many aggregates of each kind stay in memory between commands, the least recently used leaving
 *                  first; {@code 0} reads every aggregate's history from the event store for every command
 */
@ConfigurationProperties("ledger.aggregates")
public record AggregateProperties(@DefaultValue("2000") int cacheSize) {

    public AggregateProperties {
        if (cacheSize < 0) {
            throw new IllegalArgumentException("ledger.aggregates.cache-size must not be negative, not " + cacheSize);
        }
    }
}
