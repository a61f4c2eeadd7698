package org.partnershipledger.app.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.partnershipledger.application.operations.ProcessorState;
import org.partnershipledger.application.operations.ProjectionReplays;
import org.partnershipledger.application.operations.ProjectionStatus;
import org.partnershipledger.application.operations.ReplayInProgressException;
import org.partnershipledger.application.operations.ReplayNotAllowedException;
import org.partnershipledger.application.operations.ReplayProgress;
import org.partnershipledger.application.operations.UnknownProjectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Replays over Axon's streaming event processors, on this node.
 *
 * <p>A processing group whose read model can be rebuilt set-based ({@link SetBasedRebuilds}, ADR 027: every
 * projection on the relational event store) is rebuilt that way, on a thread of its own: the event table read once
 * into new tables swapped in at the end, the old read model serving meanwhile. Its status is {@code REBUILDING} while
 * it runs and its progress that of the rebuild. Any other processor is replayed by Axon's reset, as follows.
 *
 * <p>A replay shuts the processor down (its segments finish the batch in hand and release their claims), resets its
 * tokens to the tail of the event stream, which calls the projection's {@code @ResetHandler} to empty its read model in
 * the same transaction and turns every segment's token into a replay token that remembers where the segment stood,
 * and starts the processor again. Axon refuses the reset of a processor whose handlers all disallow replay; this class
 * refuses it first, with a reason an administrator can read.
 *
 * <p>Progress is read from the segments' tracking statuses: the lowest position any segment has reached, against the
 * head of the stream when the replay started. A monitor thread notices when the replay has finished, so that its
 * duration and rate do not depend on when someone asks.
 */
final class AxonProjectionReplays implements ProjectionReplays, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AxonProjectionReplays.class);
    private static final long MONITOR_INTERVAL_MILLIS = 100;

    private final EventProcessingConfiguration processing;
    private final StreamableMessageSource<?> events;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Map<String, Replay> replays = new ConcurrentHashMap<>();
    private final Map<String, RebuildRun> rebuilds = new ConcurrentHashMap<>();
    private final SetBasedRebuilds setBased;
    private final ExecutorService rebuilders;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService monitor;

    AxonProjectionReplays(EventProcessingConfiguration processing, StreamableMessageSource<?> events,
                          Clock clock, LongSupplier nanoTime) {
        this(processing, events, null, clock, nanoTime);
    }

    /** @param setBased the set-based rebuilds, or {@code null} to replay every processor by a reset */
    AxonProjectionReplays(EventProcessingConfiguration processing, StreamableMessageSource<?> events,
                          SetBasedRebuilds setBased, Clock clock, LongSupplier nanoTime) {
        this.setBased = setBased;
        this.rebuilders = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "read-model-rebuild");
            thread.setDaemon(true);
            return thread;
        });
        this.processing = processing;
        this.events = events;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.monitor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "projection-replay-monitor");
            thread.setDaemon(true);
            return thread;
        });
        monitor.scheduleWithFixedDelay(this::noticeFinishedReplays, MONITOR_INTERVAL_MILLIS, MONITOR_INTERVAL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public List<ProjectionStatus> statuses() {
        return processing.eventProcessors().keySet().stream().sorted(Comparator.naturalOrder())
                .map(this::status).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<ProjectionStatus> status(String name) {
        return processor(name).map(processor -> status(name, processor));
    }

    @Override
    public ProjectionStatus replay(String name, String requestedBy) {
        StreamingEventProcessor processor = processor(name).orElseThrow(() -> new UnknownProjectionException(name));
        if (!processor.supportsReset()) {
            throw new ReplayNotAllowedException(name);
        }
        synchronized (locks.computeIfAbsent(name, key -> new Object())) {
            RebuildRun rebuilding = rebuilds.get(name);
            if (rebuilding != null && rebuilding.active()) {
                throw new ReplayInProgressException(name);
            }
            if (setBased != null && setBased.rebuilds(name)) {
                return rebuild(name, processor, requestedBy);
            }
            Replay running = replays.get(name);
            if (running != null && !running.finished() && processor.isRunning() && !failing(processor)) {
                throw new ReplayInProgressException(name);
            }
            int segments = Math.max(1, processor.processingStatus().size());
            long head = position(events.createHeadToken());
            log.info("Replay of {} requested by {}: resetting it to the tail of the event stream (head at {})", name,
                    requestedBy, head);
            processor.shutDown();
            try {
                processor.resetTokens(StreamableMessageSource::createTailToken);
            } finally {
                processor.start();
            }
            rebuilds.remove(name);
            replays.put(name, new Replay(requestedBy, clock.instant(), nanoTime.getAsLong(), head, segments));
        }
        return status(name, processor);
    }

    private ProjectionStatus rebuild(String name, StreamingEventProcessor processor, String requestedBy) {
        RebuildRun run = new RebuildRun(requestedBy, clock.instant(), nanoTime.getAsLong(), setBased.head());
        log.info("Rebuild of {} requested by {}: set-based, up to global index {}", name, requestedBy, run.total());
        replays.remove(name);
        rebuilds.put(name, run);
        rebuilders.execute(() -> setBased.rebuild(name, run));
        return status(name, processor);
    }

    /** The set-based rebuilds, where the events are in the relational database. */
    Optional<SetBasedRebuilds> setBased() {
        return Optional.ofNullable(setBased);
    }

    /** Stops the monitor; the processors themselves stop with Axon. */
    @Override
    public void close() {
        monitor.shutdownNow();
        rebuilders.shutdownNow();
    }

    private Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        Long position = position(segments);
        RebuildRun rebuild = rebuilds.get(name);
        if (rebuild != null) {
            return new ProjectionStatus(name, rebuild.active() ? ProcessorState.REBUILDING : state(processor, segments),
                    processor.supportsReset(), segments.size(), position, rebuild.progress(nanoTime.getAsLong()));
        }
        Replay replay = replays.get(name);
        return new ProjectionStatus(name, state(processor, segments), processor.supportsReset(), segments.size(),
                position, replay == null ? null : replay.progress(position, nanoTime.getAsLong()));
    }

    private static ProcessorState state(StreamingEventProcessor processor, Collection<EventTrackerStatus> segments) {
        if (!processor.isRunning()) {
            return processor.isError() ? ProcessorState.ERROR : ProcessorState.STOPPED;
        }
        if (segments.stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return ProcessorState.ERROR;
        }
        if (segments.stream().anyMatch(AxonProjectionReplays::replaying)) {
            return ProcessorState.REPLAYING;
        }
        if (!segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp)) {
            return ProcessorState.CAUGHT_UP;
        }
        return ProcessorState.RUNNING;
    }

    /**
     * Whether the segment is still processing events it had processed before the reset. Axon keeps a segment's
     * replay token until an event beyond the reset position arrives, so on a quiet store a segment that has done its
     * replay still says it replays; what counts here is whether it has reached the position it stood at.
     */
    private static boolean replaying(EventTrackerStatus segment) {
        if (!segment.isReplaying()) {
            return false;
        }
        OptionalLong reset = segment.getResetPosition();
        OptionalLong current = segment.getCurrentPosition();
        return reset.isEmpty() || current.isEmpty() || current.getAsLong() < reset.getAsLong();
    }

    private static boolean failing(StreamingEventProcessor processor) {
        return processor.isError()
                || processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
    }

    /** The lowest position of the segments, a segment that has reached none counting as 0; null without segments. */
    private static Long position(Collection<EventTrackerStatus> segments) {
        if (segments.isEmpty() || segments.stream().noneMatch(segment -> segment.getCurrentPosition().isPresent())) {
            return null;
        }
        return segments.stream().mapToLong(segment -> segment.getCurrentPosition().orElse(0)).min().orElse(0);
    }

    private static long position(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        OptionalLong position = token.position();
        return position.orElse(0);
    }

    private void noticeFinishedReplays() {
        try {
            replays.forEach((name, replay) -> {
                if (replay.finished()) {
                    return;
                }
                processor(name).ifPresent(processor -> {
                    Collection<EventTrackerStatus> segments = processor.processingStatus().values();
                    Long position = position(segments);
                    boolean done = processor.isRunning() && segments.size() >= replay.segments
                            && segments.stream().noneMatch(AxonProjectionReplays::replaying)
                            && position != null && position >= replay.total;
                    if (done && replay.finish(clock.instant(), nanoTime.getAsLong())) {
                        ReplayProgress progress = replay.progress(position, nanoTime.getAsLong());
                        log.info("Replay of {} finished: {} events in {} ms ({} events per second)", name,
                                progress.total(), replay.elapsedMillis(), Math.round(progress.eventsPerSecond()));
                    }
                });
            });
        } catch (RuntimeException e) {
            // The monitor must outlive a processor that is being reconfigured or a configuration still starting.
            log.debug("Could not check replays in progress", e);
        }
    }

    /** One requested replay; {@code finishedAt} is set once, by the monitor. */
    private static final class Replay {

        private final String requestedBy;
        private final Instant startedAt;
        private final long startNanos;
        private final long total;
        private final int segments;
        private volatile Instant finishedAt;
        private volatile long finishNanos;

        Replay(String requestedBy, Instant startedAt, long startNanos, long total, int segments) {
            this.requestedBy = requestedBy;
            this.startedAt = startedAt;
            this.startNanos = startNanos;
            this.total = total;
            this.segments = segments;
        }

        boolean finished() {
            return finishedAt != null;
        }

        synchronized boolean finish(Instant at, long nanos) {
            if (finishedAt != null) {
                return false;
            }
            finishNanos = nanos;
            finishedAt = at;
            return true;
        }

        long elapsedMillis() {
            return TimeUnit.NANOSECONDS.toMillis(finishNanos - startNanos);
        }

        ReplayProgress progress(Long position, long nowNanos) {
            boolean finished = finished();
            long processed = finished ? total : Math.min(total, Math.max(0, position == null ? 0 : position));
            long elapsed = (finished ? finishNanos : nowNanos) - startNanos;
            double perSecond = elapsed > 0 ? processed * 1_000_000_000.0 / elapsed : 0;
            double percent = total == 0 ? (finished ? 100 : 0) : Math.floor(processed * 1000.0 / total) / 10;
            return new ReplayProgress(requestedBy, startedAt, finishedAt, total, processed, percent,
                    Math.round(perSecond * 10) / 10.0);
        }
    }
}
