package org.partnershipledger.projections;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Feeds the events of one aggregate to a projection as the event processor would: through Axon's own handler
 * resolution, each with the next sequence number and a timestamp one hour after the previous one.
 */
public final class EventHistory {

    private final AnnotationEventHandlerAdapter projection;
    private final List<Delivery> delivered = new ArrayList<>();
    private long sequence = -1;
    private Instant at;

    public EventHistory(Object projection, Instant firstEventAt) {
        this.projection = new AnnotationEventHandlerAdapter(projection);
        this.at = firstEventAt.minus(Duration.ofHours(1));
    }

    public EventHistory then(Object... events) {
        for (Object event : events) {
            sequence++;
            at = at.plus(Duration.ofHours(1));
            deliver(event, sequence, at);
        }
        return this;
    }

    /** Delivers an event again with the sequence number and timestamp it was first delivered with. */
    public EventHistory redeliver(Object event, long itsSequence, Instant itsTimestamp) {
        deliver(event, itsSequence, itsTimestamp);
        return this;
    }

    /**
     * Delivers every event of the history again, from the first, as the processor does when it crashed after applying
     * them but before storing its token, or when a retried batch or dead letter applies them once more.
     */
    public EventHistory redeliverAll() {
        List.copyOf(delivered).forEach(delivery -> deliver(delivery.event(), delivery.sequence(), delivery.at()));
        return this;
    }

    public long lastSequence() {
        return sequence;
    }

    public Instant lastTimestamp() {
        return at;
    }

    private void deliver(Object event, long version, Instant timestamp) {
        delivered.add(new Delivery(event, version, timestamp));
        try {
            projection.handle(new GenericDomainEventMessage<>("Aggregate", "aggregate", version, event,
                    MetaData.emptyInstance(), UUID.randomUUID().toString(), timestamp));
        } catch (Exception e) {
            throw new IllegalStateException("the projection failed on " + event.getClass().getSimpleName(), e);
        }
    }

    private record Delivery(Object event, long sequence, Instant at) {
    }
}
