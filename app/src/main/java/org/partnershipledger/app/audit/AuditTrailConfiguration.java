package org.partnershipledger.app.audit;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.partnershipledger.adapters.rest.audit.AuditController;
import org.partnershipledger.adapters.rest.audit.AuditExportController;
import org.partnershipledger.adapters.rest.audit.EventExportWriter;
import org.partnershipledger.application.audit.EventLog;
import org.partnershipledger.projections.audit.AuditTrailProjection;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.ObjectMapper;

import java.time.Duration;

/**
 * The audit trail (ADR 012): {@code causationId} on every message, the event log read from Axon's event store, the
 * query handlers that answer history and past views from it, and the HTTP reads and export, which only auditors may
 * call ({@code AuthorizationMatrix}).
 *
 * <p>The export is streamed on a servlet async request; {@code ledger.audit.export-timeout} (default 30 minutes)
 * bounds how long one may take, instead of the container's 30 seconds, so that a large log can be exported whole.
 */
@Configuration(proxyBeanMethods = false)
@Import({AuditController.class, AuditExportController.class})
@EnableConfigurationProperties(AuditExportProperties.class)
public class AuditTrailConfiguration implements WebMvcConfigurer {

    /** How long the export waits for a further event when the head position cannot tell it that it is done. */
    static final Duration QUIET_PERIOD = Duration.ofSeconds(1);

    private final Duration exportTimeout;

    public AuditTrailConfiguration(AuditExportProperties export) {
        this.exportTimeout = export.exportTimeout();
    }

    @Bean
    CorrelationDataProvider causationIdProvider() {
        return new CausationIdProvider();
    }

    @Bean
    EventLog eventLog(EventStore events) {
        return new AxonEventLog(events, QUIET_PERIOD);
    }

    @Bean
    AuditTrailProjection auditTrailProjection(EventLog log) {
        return new AuditTrailProjection(log);
    }

    /** Renders the export with the web layer's mapper (Jackson 3), as the history endpoint renders the same events. */
    @Bean
    EventExportWriter eventExportWriter(ObjectMapper json) {
        return new EventExportWriter(json);
    }

    @Override
    public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
        configurer.setDefaultTimeout(exportTimeout.toMillis());
    }
}
