package org.partnershipledger.app.config;

import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The event store as the processors read it, telling them promptly when to look for new events (ADR 015).
 *
 * <p>A pooled streaming processor that has caught up looks again after 500 ms unless its stream offers to call it back
 * when events arrive; the embedded event store's streams do not offer it, so every hop through a processor (command,
 * event, read model; or event, vetting process, command, event, read model) waited up to half a second. These streams
 * call the processor back every {@code pulse} instead: a look at a caught-up stream reads the event store's in-memory
 * buffer, not the database, so a short pulse costs little. Streams that can call back by themselves (Axon Server's)
 * are left to do so.
 */
public final class PromptEventStreams implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final Pulse pulse;

    private PromptEventStreams(StreamableMessageSource<TrackedEventMessage<?>> events, Pulse pulse) {
        this.events = events;
        this.pulse = pulse;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new PromptStream(events.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return events.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return events.createTokenSince(duration);
    }

    /** One thread that calls every registered stream's processor back, for all processors of the service. */
    public static final class Pulse implements AutoCloseable {

        private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
        private final ScheduledExecutorService timer =
                Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("event-availability-pulse"));

        public Pulse(Duration interval) {
            timer.scheduleAtFixedRate(() -> callbacks.forEach(Runnable::run), interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }

        /** The given events as processors should read them: with this pulse. */
        public StreamableMessageSource<TrackedEventMessage<?>> streamsOf(
                StreamableMessageSource<TrackedEventMessage<?>> events) {
            return new PromptEventStreams(events, this);
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    private final class PromptStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private Runnable callback;

        private PromptStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            if (!stream.setOnAvailableCallback(callback)) {
                this.callback = callback;
                pulse.callbacks.add(callback);
            }
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable() {
            return stream.hasNextAvailable();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            if (callback != null) {
                pulse.callbacks.remove(callback);
            }
            stream.close();
        }
    }
}
