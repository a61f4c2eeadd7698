package org.partnershipledger.app;

import org.partnershipledger.app.audit.AuditTrailConfiguration;
import org.partnershipledger.app.config.AxonConfiguration;
import org.partnershipledger.app.config.EventProcessingConfiguration;
import org.partnershipledger.app.config.HttpContractConfiguration;
import org.partnershipledger.app.config.LoadSheddingConfiguration;
import org.partnershipledger.app.config.OpenApiConfiguration;
import org.partnershipledger.app.config.PersistenceConfiguration;
import org.partnershipledger.app.config.SecurityConfiguration;
import org.partnershipledger.app.config.TamperEvidenceConfiguration;
import org.partnershipledger.app.config.VettingProcessConfiguration;
import org.partnershipledger.app.config.WebConfiguration;
import org.partnershipledger.app.demo.DemoDataConfiguration;
import org.partnershipledger.app.identity.DemoUsersConfiguration;
import org.partnershipledger.app.notification.NotificationConfiguration;
import org.partnershipledger.app.observability.AxonMessageMetricsConfiguration;
import org.partnershipledger.app.observability.ObservabilityConfiguration;
import org.partnershipledger.app.operations.ReplayAndEvolutionConfiguration;
import org.partnershipledger.app.reliability.DeadLetterConfiguration;
import org.partnershipledger.app.scaleout.ProcessorScaleOutConfiguration;
import org.partnershipledger.app.screening.ScreeningConfiguration;
import org.partnershipledger.app.settings.StartupSettingsCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Starts Partnership Ledger. Configuration classes are imported by name rather than component-scanned, so this list is
 * the whole of what the application wires.
 */
@SpringBootConfiguration
// Spring Boot would otherwise invent a user with a generated password wherever no identity source is configured.
@EnableAutoConfiguration(exclude = UserDetailsServiceAutoConfiguration.class)
@Import({AxonConfiguration.class, EventProcessingConfiguration.class, PersistenceConfiguration.class,
        ScreeningConfiguration.class, VettingProcessConfiguration.class, WebConfiguration.class, HttpContractConfiguration.class,
        OpenApiConfiguration.class, SecurityConfiguration.class, DemoUsersConfiguration.class,
        StartupSettingsCheck.class, DemoDataConfiguration.class, StartupReport.class, AuditTrailConfiguration.class,
        ReplayAndEvolutionConfiguration.class, TamperEvidenceConfiguration.class, DeadLetterConfiguration.class,
        ProcessorScaleOutConfiguration.class, NotificationConfiguration.class, ObservabilityConfiguration.class,
        AxonMessageMetricsConfiguration.class, LoadSheddingConfiguration.class})
public class PartnershipLedgerApplication {

    /** Axon otherwise sends usage data to its vendor at start-up; our users' deployments must not. */
    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    /** An advertisement for a hosted console, printed at every start. */
    static final String CONSOLE_MESSAGE_DISABLED = "disable-axoniq-console-message";

    public static void main(String[] args) {
        setUnlessGiven(UPDATE_CHECKER_DISABLED);
        setUnlessGiven(CONSOLE_MESSAGE_DISABLED);
        SpringApplication.run(PartnershipLedgerApplication.class, args);
    }

    /** An operator who sets the property explicitly, either way, is obeyed. */
    private static void setUnlessGiven(String property) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, "true");
        }
    }
}
