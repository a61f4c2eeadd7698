package org.partnershipledger.app.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Map;

/**
 * What operators see of the running service (ADR 023): Axon's message metrics and each processor's lag at
 * {@code /actuator/prometheus}, the request and correlation ids in every log line written while a message is handled,
 * and readiness that goes DOWN while the event store does not answer or a processor is stuck.
 *
 * <p>Axon's own metrics come from its Spring Boot auto-configuration ({@code axon-micrometer} on the class path,
 * {@code axon.metrics.micrometer.dimensional=true} for tags per processor and payload type), counting messages but
 * timing none unless asked to ({@link AxonMessageMetricsConfiguration}). Axon registers every
 * {@code MessageHandlerInterceptor} bean with the command bus, the query bus and every event processor, which is how
 * {@link CorrelationIdLogging} reaches all handlers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ObservabilityProperties.class)
public class ObservabilityConfiguration {

    /**
     * The wall clock, not the {@link Clock} bean that tests move to change "today": how long a processor has been
     * stuck is real time. Tokens are read with the serializer Axon's token store writes them with (the primary one),
     * from the tables the Flyway migrations create: tokens stay in the relational database even with Axon Server.
     */
    @Bean
    EventStreamMonitor eventStreamMonitor(EventProcessingConfiguration processing, EventStore events,
                                          DataSource dataSource, TokenSchema tokenSchema, Serializer serializer,
                                          ObservabilityProperties properties) {
        TokenPositions tokens = new TokenPositions(dataSource, tokenSchema, serializer, properties.eventStoreTimeout());
        return new EventStreamMonitor(processing, events, tokens, Clock.systemUTC(), properties.sampleInterval());
    }

    /** Once every processor is configured and started: the samples, and a gauge per processor over them. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> eventStreamMonitorStart(EventStreamMonitor monitor,
                                                                       EventProcessingConfiguration processing,
                                                                       MeterRegistry registry) {
        return ready -> {
            monitor.start();
            new ProcessorLagMetrics(registry, monitor).register(processing.eventProcessors().entrySet().stream()
                    .filter(processor -> processor.getValue() instanceof StreamingEventProcessor)
                    .map(Map.Entry::getKey).toList());
        };
    }

    @Bean
    EventStoreHealthIndicator eventStoreHealthIndicator(EventStreamMonitor monitor,
                                                        ObservabilityProperties properties) {
        return new EventStoreHealthIndicator(monitor::eventStore, properties.eventStoreTimeout(), Clock.systemUTC());
    }

    @Bean
    EventProcessorsHealthIndicator eventProcessorsHealthIndicator(EventStreamMonitor monitor,
                                                                  ObservabilityProperties properties) {
        return new EventProcessorsHealthIndicator(() -> monitor.processors().values(), properties.processorStuckAfter(),
                Clock.systemUTC());
    }

    @Bean
    CorrelationIdLogging correlationIdLogging() {
        return new CorrelationIdLogging();
    }
}
