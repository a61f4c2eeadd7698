package org.partnershipledger.app.operations;

import org.partnershipledger.app.settings.SettingConstraints;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Set-based rebuilds of the read models ({@code ledger.rebuilds.*}, ADR 027).
 *
 * @param recordsPerLoad views or documents a set-based rebuild holds in memory before loading them into its shadow
 *                       tables (ADR 027)
 */
@ConfigurationProperties(RebuildProperties.PREFIX)
public record RebuildProperties(@DefaultValue("2000") int recordsPerLoad) {

    static final String PREFIX = "ledger.rebuilds";

    public RebuildProperties {
        SettingConstraints.under(PREFIX).atLeast("records-per-load", recordsPerLoad, 1).enforce();
    }
}
