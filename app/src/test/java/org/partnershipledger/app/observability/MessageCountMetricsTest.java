package org.partnershipledger.app.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MessageCountMetricsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MessageCountMetrics metrics = new MessageCountMetrics(new GlobalMetricRegistry(meters));

    @Test
    void an_event_processor_counts_its_events_by_type_and_reports_its_time_lag_but_times_nothing() {
        MessageMonitor<Message<?>> monitor = metrics.monitorOf(PooledStreamingEventProcessor.class,
                "partnership-views");

        monitor.onMessageIngested(GenericEventMessage.asEventMessage("proposed")).reportSuccess();

        assertThat(meters.find("eventProcessor.successCounter").tag("processorName", "partnership-views")
                .tag("payloadType", "String").counter().count()).isEqualTo(1.0);
        assertThat(meters.find("eventProcessor.latency").tag("processorName", "partnership-views").gauge())
                .isNotNull();
        assertThat(names()).noneMatch(name -> name.toLowerCase().contains("timer") || name.contains("capacity"));
    }

    @Test
    void the_command_bus_counts_its_commands_by_type_and_times_nothing() {
        MessageMonitor<Message<?>> monitor = metrics.monitorOf(SimpleCommandBus.class, "commandBus");

        monitor.onMessageIngested(GenericCommandMessage.asCommandMessage("propose")).reportSuccess();

        assertThat(meters.find("commandBus.successCounter").tag("payloadType", "String").counter().count())
                .isEqualTo(1.0);
        assertThat(names()).noneMatch(name -> name.toLowerCase().contains("timer") || name.contains("capacity"));
    }

    @Test
    void axon_s_own_monitors_return_when_asked_for_and_only_then() {
        ApplicationContextRunner context = new ApplicationContextRunner()
                .withBean(GlobalMetricRegistry.class, () -> new GlobalMetricRegistry(meters))
                .withUserConfiguration(AxonMessageMetricsConfiguration.class);

        context.run(started -> assertThat(started).getBean(MetricsConfigurerModule.class)
                .isInstanceOf(MessageCountMetrics.class));
        context.withPropertyValues("ledger.observability.axon-message-timers=true")
                .run(started -> assertThat(started).doesNotHaveBean(MetricsConfigurerModule.class));
    }

    private List<String> names() {
        return meters.getMeters().stream().map(Meter::getId).map(Meter.Id::getName).toList();
    }
}
