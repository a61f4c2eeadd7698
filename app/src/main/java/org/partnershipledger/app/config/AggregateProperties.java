package org.partnershipledger.app.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How aggregates are loaded for each command ({@code ledger.aggregates.*}); ADR 016 gives the measurements behind the
 * defaults.
 *
 * @param cache whether aggregates stay in memory between commands instead of being read from the event store again
 */
@ConfigurationProperties("ledger.aggregates")
public record AggregateProperties(@DefaultValue("true") boolean cache) {
}
