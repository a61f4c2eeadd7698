package org.partnershipledger.app.audit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.application.audit.EventLog;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The event log over Axon's {@link EventStore} API only ({@code readEvents}, {@code createHeadToken},
 * {@code createTokenAt}, {@code openStream}), so it reads the relational store and Axon Server alike.
 *
 * <p>The log from an instant is Axon's event stream opened at {@code createTokenAt(from)}, read lazily (the store
 * fetches it in batches) and ended at the head token taken when it was opened: the event at or past the head's
 * position is the last one. Where positions cannot be compared so (a store whose head token names the next position
 * rather than the last), the stream ends when no event arrives within {@code quietPeriod}; it never waits for new
 * events beyond that.
 */
public final class AxonEventLog implements EventLog {

    private final EventStore store;
    private final Duration quietPeriod;

    public AxonEventLog(EventStore store, Duration quietPeriod) {
        this.store = store;
        this.quietPeriod = quietPeriod;
    }

    @Override
    public Stream<DomainEventMessage<?>> eventsOf(String aggregateId) {
        // From sequence number 0: never from a snapshot, which is not an event.
        return store.readEvents(aggregateId, 0).asStream().map(event -> (DomainEventMessage<?>) event);
    }

    @Override
    public Stream<TrackedEventMessage<?>> events(Instant from) {
        TrackingToken head = store.createHeadToken();
        if (head == null) {
            return Stream.empty();
        }
        OptionalLong last = head.position();
        TrackingToken start = from == null ? null : store.createTokenAt(from);
        if (start != null && last.isPresent() && start.position().orElse(Long.MIN_VALUE) >= last.getAsLong()) {
            return Stream.empty();
        }
        BlockingStream<TrackedEventMessage<?>> stream = store.openStream(start);
        UpToHead events = new UpToHead(stream, last, quietPeriod);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(events,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(stream::close);
    }

    /** Reads the blocking stream until the head position, or until it stays quiet for the quiet period. */
    private static final class UpToHead implements Iterator<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final OptionalLong last;
        private final long quietMillis;
        private boolean ended;

        UpToHead(BlockingStream<TrackedEventMessage<?>> stream, OptionalLong last, Duration quietPeriod) {
            this.stream = stream;
            this.last = last;
            this.quietMillis = quietPeriod.toMillis();
        }

        @Override
        public boolean hasNext() {
            if (ended) {
                return false;
            }
            try {
                ended = !stream.hasNextAvailable((int) quietMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                ended = true;
            }
            return !ended;
        }

        @Override
        public TrackedEventMessage<?> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            TrackedEventMessage<?> event;
            try {
                event = stream.nextAvailable();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the event log", interrupted);
            }
            OptionalLong position = event.trackingToken().position();
            if (last.isPresent() && position.isPresent() && position.getAsLong() >= last.getAsLong()) {
                ended = true;
            }
            return event;
        }
    }
}
