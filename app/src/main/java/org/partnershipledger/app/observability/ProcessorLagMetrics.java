package org.partnershipledger.app.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Collection;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The monitor's last sample as gauges: {@code ledger.processor.lag} (Prometheus {@code ledger_processor_lag_events}),
 * events between the head of the event store and each processor's lowest segment on this node, and
 * {@code ledger.event.store.head}, the head's position. How far behind in time a processor is, Axon's own
 * {@code eventProcessor.latency} says. A value that is not known (no segment here, store unreachable) is NaN, which
 * Prometheus shows as such rather than as a reassuring 0.
 */
final class ProcessorLagMetrics {

    static final String LAG = "ledger.processor.lag";
    static final String HEAD = "ledger.event.store.head";

    private final MeterRegistry registry;
    private final EventStreamMonitor monitor;

    ProcessorLagMetrics(MeterRegistry registry, EventStreamMonitor monitor) {
        this.registry = registry;
        this.monitor = monitor;
    }

    /** Processors are fixed once the configuration has started: one gauge each. */
    void register(Collection<String> processors) {
        Gauge.builder(HEAD, monitor, valueOf(m -> m.eventStore().head()))
                .description("Position (global index) of the newest event in the event store")
                .register(registry);
        for (String processor : processors) {
            Gauge.builder(LAG, monitor, valueOf(m -> m.processor(processor).map(ProcessorProgress::lag).orElse(null)))
                    .description("Events in the event store that the processor's slowest segment on this node has "
                            + "not processed yet")
                    .baseUnit("events")
                    .tag("processor", processor)
                    .register(registry);
        }
    }

    private static ToDoubleFunction<EventStreamMonitor> valueOf(Function<EventStreamMonitor, Long> f) {
        return m -> {
            Long value = f.apply(m);
            return value == null ? Double.NaN : value;
        };
    }
}
