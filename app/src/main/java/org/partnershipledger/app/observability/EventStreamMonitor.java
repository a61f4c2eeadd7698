package org.partnershipledger.app.observability;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples, on a thread of its own, the head of the event store and where each streaming event processor stands.
 * Metrics and health checks read the last sample instead of querying the store themselves: a scrape or a probe never
 * waits on the database, and an event store that hangs shows up as a sample that has grown old.
 *
 * <p>The head is read through Axon's {@link StreamableMessageSource}, so the same check covers the relational store
 * and Axon Server. A processor's position is the lowest of its segments': the live position of those this node holds
 * ({@link StreamingEventProcessor#processingStatus()}), and the stored token ({@link TokenPositions}) of the others,
 * held by another node or by none at the moment, like a segment released to retry after a failure. Whether a
 * processor runs and whether the segments held here are in error come from this node's processors.
 */
public final class EventStreamMonitor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventStreamMonitor.class);

    private final EventProcessingConfiguration processing;
    private final StreamableMessageSource<?> events;
    private final TokenPositions tokens;
    private final Clock clock;
    private final Duration interval;
    private final Map<String, ProcessorTracker> trackers = new ConcurrentHashMap<>();
    private final Map<String, ProcessorProgress> progress = new ConcurrentHashMap<>();
    private volatile EventStoreReach reach = EventStoreReach.NOT_YET_READ;
    private ScheduledExecutorService sampler;

    EventStreamMonitor(EventProcessingConfiguration processing, StreamableMessageSource<?> events,
                       TokenPositions tokens, Clock clock, Duration interval) {
        this.processing = processing;
        this.events = events;
        this.tokens = tokens;
        this.clock = clock;
        this.interval = interval;
    }

    /**
     * Samples from now on, the first time at once. On the sampler's thread, not the caller's: start-up must not wait
     * for an event store that does not answer. Until the first sample the event store's health is UNKNOWN.
     */
    public synchronized void start() {
        if (sampler != null) {
            return;
        }
        sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-stream-monitor");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleWithFixedDelay(this::sample, 0, Math.max(1, interval.toMillis()), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (sampler != null) {
            sampler.shutdownNow();
        }
    }

    public EventStoreReach eventStore() {
        return reach;
    }

    /** The processors seen so far, by name. */
    public Map<String, ProcessorProgress> processors() {
        return Map.copyOf(progress);
    }

    public Optional<ProcessorProgress> processor(String name) {
        return Optional.ofNullable(progress.get(name));
    }

    void sample() {
        try {
            readHead();
            Long head = reach.failure() == null ? reach.head() : null;
            Map<String, Map<Integer, Long>> stored = tokens.stored();
            processing.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor streaming) {
                    progress.put(name, observe(name, streaming, stored.getOrDefault(name, Map.of()), head));
                }
            });
        } catch (RuntimeException e) {
            // Without positions nothing can be said about progress: the last sample stands, and the event store's
            // check says why. The sampler itself must survive anything; the next sample tries again.
            log.debug("Could not sample the event stream", e);
        }
    }

    private void readHead() {
        try {
            TrackingToken head = events.createHeadToken();
            long position = head == null ? 0 : head.position().orElse(0);
            reach = reach.succeeded(position, clock.instant());
        } catch (RuntimeException e) {
            if (reach.failure() == null) {
                log.warn("The event store does not answer: {}", e.toString());
            }
            reach = reach.failed(e.toString());
        }
    }

    private ProcessorProgress observe(String name, StreamingEventProcessor processor, Map<Integer, Long> stored,
                                      Long head) {
        Map<Integer, EventTrackerStatus> held = processor.processingStatus();
        boolean error = processor.isError() || held.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        return trackers.computeIfAbsent(name, ProcessorTracker::new)
                .observe(processor.isRunning(), error, lowest(stored, held), head, clock.instant());
    }

    /**
     * The lowest position over all segments: live for those this node holds, as stored for the others (held by
     * another node, or by none, like a segment released to retry after a failure). Null before any token exists.
     */
    static Long lowest(Map<Integer, Long> stored, Map<Integer, EventTrackerStatus> held) {
        Map<Integer, Long> positions = new HashMap<>(stored);
        held.forEach((segment, status) -> positions.put(segment, status.getCurrentPosition().orElse(0)));
        return positions.values().stream().min(Long::compare).orElse(null);
    }
}
