package org.partnershipledger.app.observability;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * DOWN while a streaming event processor is stuck on this node: in error, stopped, or behind the head of the event
 * store without advancing, for longer than the configured threshold. A processor that fails once and succeeds on retry,
 * or is briefly stopped for a replay, does not take the node out of service.
 */
final class EventProcessorsHealthIndicator implements HealthIndicator {

    private final Supplier<Collection<ProcessorProgress>> lastSample;
    private final Duration stuckAfter;
    private final Clock clock;

    EventProcessorsHealthIndicator(Supplier<Collection<ProcessorProgress>> lastSample, Duration stuckAfter,
                                   Clock clock) {
        this.lastSample = lastSample;
        this.stuckAfter = stuckAfter;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        boolean stuck = false;
        Map<String, Object> details = new TreeMap<>();
        for (ProcessorProgress processor : lastSample.get()) {
            boolean thisOneStuck = processor.unhealthyLongerThan(stuckAfter, now);
            stuck |= thisOneStuck;
            details.put(processor.processor(), describe(processor, thisOneStuck));
        }
        return (stuck ? Health.down() : Health.up()).withDetails(details).build();
    }

    private static Map<String, Object> describe(ProcessorProgress processor, boolean stuck) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("state", stuck ? "STUCK" : !processor.running() ? "STOPPED"
                : processor.error() ? "ERROR" : "RUNNING");
        if (processor.position() != null) {
            description.put("position", processor.position());
        }
        if (processor.lag() != null) {
            description.put("lag", processor.lag());
        }
        if (processor.unhealthySince() != null) {
            description.put("unhealthySince", processor.unhealthySince().toString());
        }
        return description;
    }
}
