package org.partnershipledger.application.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.time.Instant;
import java.util.stream.Stream;

/**
 * The event store as auditors read it: the stored events themselves, not a read model, so that what they see is what
 * was recorded. The composition root implements it over Axon's event store, so it works alike on the relational store
 * and on Axon Server.
 *
 * <p>Both methods answer lazily read streams that hold a database cursor or a stream of the store: close them
 * (try-with-resources).
 */
public interface EventLog {

    /** Every event of one aggregate, first to last (never starting from a snapshot); empty when there is none. */
    Stream<DomainEventMessage<?>> eventsOf(String aggregateId);

    /**
     * Every event in the order of the store, from the first stored at or after {@code from} ({@code null}: from the
     * first event ever) up to the head of the store as it was when this method was called. The stream ends there,
     * or when no further event becomes available within a short wait; it never waits for events to come.
     */
    Stream<TrackedEventMessage<?>> events(Instant from);
}
