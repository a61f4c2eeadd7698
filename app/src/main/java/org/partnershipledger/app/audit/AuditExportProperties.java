package org.partnershipledger.app.audit;

import org.partnershipledger.app.settings.SettingConstraints;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The streamed audit export ({@code ledger.audit.*}; the hash chain's settings are its own).
 *
 * @param exportTimeout how long a streamed audit export may run before the server ends it
 */
@ConfigurationProperties(AuditExportProperties.PREFIX)
public record AuditExportProperties(@DefaultValue("30m") Duration exportTimeout) {

    static final String PREFIX = "ledger.audit";

    public AuditExportProperties {
        SettingConstraints.under(PREFIX).positive("export-timeout", exportTimeout).enforce();
    }
}
