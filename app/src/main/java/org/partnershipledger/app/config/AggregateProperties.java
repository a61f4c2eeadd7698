package org.partnershipledger.app.config;

import org.partnershipledger.app.settings.SettingConstraints;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How aggregates are loaded for each command ({@code ledger.aggregates.*}); ADR 016 gives the measurements behind the
 * defaults.
 *
 * @param cacheSize how many aggregates of each kind stay in memory between commands, the least recently used leaving
 *                  first; {@code 0} reads every aggregate's history from the event store for every command
 */
@ConfigurationProperties(AggregateProperties.PREFIX)
public record AggregateProperties(@DefaultValue("2000") int cacheSize) {

    static final String PREFIX = "ledger.aggregates";

    public AggregateProperties {
        SettingConstraints.under(PREFIX).atLeast("cache-size", cacheSize, 0).enforce();
    }
}
