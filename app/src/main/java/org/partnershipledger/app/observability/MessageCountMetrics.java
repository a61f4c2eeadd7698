package org.partnershipledger.app.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryUpdateEmitter;

import java.util.function.Function;

/**
 * Axon's message metrics, with tags, under the names its Spring Boot auto-configuration gives them, but only the
 * counts (ADR 028): every component counts its messages by outcome and payload type
 * ({@code commandBus_successCounter_total{payloadType=…}}, {@code eventProcessor_successCounter_total{payloadType=…,
 * processorName=…}} and the others of {@link MessageCountingMonitor}), and every event processor reports its time lag
 * ({@code eventProcessor_latency{processorName=…}}). Axon's per-message timers, which compute percentiles in the
 * service on every message, and its capacity windows are left off (Axon's metrics as a whole were about a quarter of
 * the event processors' CPU in the measurement of ADR 028); request latency is in Spring's
 * {@code http_server_requests} and how far a processor is behind in {@code ledger_processor_lag_events}.
 *
 * <p>It extends Axon's module, whose own {@code configureModule} it replaces, only so that Axon's auto-configuration,
 * which backs off when a bean of that type exists, installs nothing beside it.
 */
final class MessageCountMetrics extends MetricsConfigurerModule {

    private static final String EVENT_PROCESSOR = "eventProcessor";

    private final MeterRegistry meters;

    MessageCountMetrics(GlobalMetricRegistry registry) {
        super(registry, true);
        this.meters = registry.getRegistry();
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureMessageMonitor(configuration -> this::monitorOf);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    MessageMonitor<Message<?>> monitorOf(Class<?> componentType, String componentName) {
        if (EventProcessor.class.isAssignableFrom(componentType)) {
            Tags processor = Tags.of(TagsUtil.PROCESSOR_NAME_TAG, componentName);
            MessageMonitor latency = EventProcessorLatencyMonitor.builder()
                    .meterNamePrefix(EVENT_PROCESSOR)
                    .meterRegistry(meters)
                    .tagsBuilder(message -> processor)
                    .build();
            return new MultiMessageMonitor<Message<?>>(counts(EVENT_PROCESSOR, message -> processor.and(
                    TagsUtil.PAYLOAD_TYPE_TAG, message.getPayloadType().getSimpleName())), latency);
        }
        if (CommandBus.class.isAssignableFrom(componentType) || EventBus.class.isAssignableFrom(componentType)
                || QueryBus.class.isAssignableFrom(componentType)
                || QueryUpdateEmitter.class.isAssignableFrom(componentType)) {
            return counts(componentName, TagsUtil.PAYLOAD_TYPE_TAGGER_FUNCTION);
        }
        return NoOpMessageMonitor.instance();
    }

    private MessageMonitor<Message<?>> counts(String name, Function<Message<?>, Iterable<Tag>> tags) {
        return MessageCountingMonitor.buildMonitor(name, meters, tags);
    }
}
