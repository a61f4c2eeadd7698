package org.partnershipledger.app.operations;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.partnershipledger.adapters.persistence.rebuild.EventTableReader;
import org.partnershipledger.adapters.persistence.rebuild.ReadModelVersions;
import org.partnershipledger.adapters.persistence.rebuild.RebuiltReadModel;
import org.partnershipledger.adapters.persistence.rebuild.ShadowTables;
import org.partnershipledger.adapters.persistence.tables.ReadModelTable;
import org.partnershipledger.application.operations.ReplayProgress.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Rebuilds a projection's read model set-based (ADR 027), on the calling thread:
 * <ol>
 *   <li>creates empty shadow copies of the read model's tables (dropping what a rebuild that never finished left);</li>
 *   <li>reads the event table once, up to the position taken when the rebuild was asked for, and applies every event
 *       through the projection's own {@code @EventHandler}s, invoked as Axon invokes them (the service's parameter
 *       resolvers and handler definitions), into in-memory stores: the rebuilt read model equals the live one by
 *       construction;</li>
 *   <li>bulk-loads the shadows;</li>
 *   <li>shuts the processor down on this node (its segments finish their batch and release their claims), and in one
 *       transaction replaces the live rows by the shadows', claims every segment's token, sets it to the token of the
 *       last event read, releases it, and clears the group's dead letters; then starts the processor again, which
 *       goes on from there: the events stored since the rebuild was asked for are applied to the new read model.</li>
 * </ol>
 * Until the swap commits the processor keeps the old read model current and queries read it. A failure anywhere
 * (an event a handler cannot apply included) leaves the old read model, its tokens and dead letters as they were, and
 * the run says why; the shadows are dropped, and a rebuild may be asked for again.
 */
final class SetBasedRebuilds {

    private static final Logger log = LoggerFactory.getLogger(SetBasedRebuilds.class);
    private static final int CHECKPOINT_EVERY = 256;


    private final Map<String, Supplier<ReadModelFold>> folds;
    private final Map<String, Integer> schemaVersions;
    private final ReadModelVersions versions;
    private final EventTableReader events;
    private final ShadowTables shadows;
    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;
    private final ParameterResolverFactory parameters;
    private final Function<Class<?>, HandlerDefinition> handlerDefinitions;
    private final RebuildCheckpoint checkpoint;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final int recordsPerLoad;

    /**
     * @param schemaVersions the version of the read-model shape each projection's code declares, recorded with every
     *                       swap and compared at start ({@link ReadModelSchemaCheck})
     * @param recordsPerLoad how many records (views, documents) a rebuild holds in memory before loading them
     */
    SetBasedRebuilds(Map<String, Supplier<ReadModelFold>> folds, Map<String, Integer> schemaVersions,
                     ReadModelVersions versions, EventTableReader events, ShadowTables shadows,
                     EventProcessingConfiguration processing, TransactionManager transactions,
                     ParameterResolverFactory parameters, Function<Class<?>, HandlerDefinition> handlerDefinitions,
                     RebuildCheckpoint checkpoint, Clock clock, LongSupplier nanoTime, int recordsPerLoad) {
        this.folds = Map.copyOf(folds);
        this.schemaVersions = Map.copyOf(schemaVersions);
        this.versions = versions;
        if (!this.schemaVersions.keySet().equals(this.folds.keySet())) {
            throw new IllegalArgumentException("a schema version for every rebuilt projection, not " + schemaVersions);
        }
        this.events = events;
        this.shadows = shadows;
        this.processing = processing;
        this.transactions = transactions;
        this.parameters = parameters;
        this.handlerDefinitions = handlerDefinitions;
        this.checkpoint = checkpoint;
        this.clock = clock;
        this.nanoTime = nanoTime;
        if (recordsPerLoad < 1) {
            throw new IllegalArgumentException("ledger.rebuilds.records-per-load must be at least 1, not "
                    + recordsPerLoad);
        }
        this.recordsPerLoad = recordsPerLoad;
    }

    /** Whether the processing group's read model is rebuilt this way. */
    boolean rebuilds(String processingGroup) {
        return folds.containsKey(processingGroup);
    }

    /** The processing groups rebuilt this way. */
    Set<String> groups() {
        return folds.keySet();
    }

    /** The version of the read model's shape the projection's code declares. */
    int schemaVersion(String processingGroup) {
        return schemaVersions.get(processingGroup);
    }

    /** The version the read model's tables hold, if one was ever recorded. */
    Optional<Integer> recordedSchemaVersion(String processingGroup) {
        return versions.recorded(processingGroup);
    }

    /** Records that the tables hold the shape the code declares, for a read model the processor builds itself. */
    void recordSchemaVersion(String processingGroup) {
        transactions.executeInTransaction(() -> versions.record(processingGroup, schemaVersion(processingGroup)));
    }

    /** The position a rebuild asked for now would rebuild up to: the head of the event stream. */
    long head() {
        return events.head();
    }

    /** Runs the rebuild to its end, success or failure, which the run records. */
    void rebuild(String group, RebuildRun run) {
        ReadModelFold fold = folds.get(group).get();
        List<ReadModelTable> tables = fold.readModel().tables();
        try {
            log.info("Rebuild of {}: reading the events up to global index {}", group, run.total());
            long started = nanoTime.getAsLong();
            shadows.prepare(tables);
            long[] records = {0};
            TrackingToken token = fold(group, fold, run, records);
            long folded = nanoTime.getAsLong();
            run.phase(Phase.LOADING);
            reached(group, run);
            RebuiltReadModel model = fold.readModel();
            records[0] += model.size();
            for (ReadModelTable table : tables) {
                shadows.load(table, model, run::loaded);
                reached(group, run);
            }
            model.clear();
            long loaded = nanoTime.getAsLong();
            run.phase(Phase.SWAPPING);
            reached(group, run);
            swap(group, tables, token);
            long swapped = nanoTime.getAsLong();
            run.finish(clock.instant(), swapped);
            log.info("Rebuild of {} finished: {} events into {} records ({} rows) in {} ms (read, applied and partly "
                            + "loaded in {} ms, the rest loaded in {} ms, swapped in {} ms); processing goes on from "
                            + "global index {}", group,
                    run.eventsRead(), records[0], run.rowsLoaded(), run.elapsedMillis(swapped),
                    millis(folded - started), millis(loaded - folded), millis(swapped - loaded), run.total());
        } catch (RuntimeException | Error e) {
            run.fail(describe(e), nanoTime.getAsLong());
            log.error("Rebuild of {} failed; the read model it was to replace still serves", group, e);
            if (e instanceof Error error) {
                throw error;
            }
        } finally {
            try {
                shadows.drop(tables);
            } catch (RuntimeException e) {
                log.warn("Rebuild of {}: could not drop its shadow tables; the next rebuild drops them", group, e);
            }
        }
    }

    /**
     * Applies every event to the fold, aggregate by aggregate; whenever at least {@code recordsPerLoad} records are
     * held and an aggregate is complete, loads their rows into the shadows and lets them go, so that memory holds a
     * bounded part of the read model. What is held at the end is loaded afterwards.
     */
    private TrackingToken fold(String group, ReadModelFold fold, RebuildRun run, long[] records) {
        List<AnnotationEventHandlerAdapter> handlers = fold.handlers().stream()
                .map(handler -> new AnnotationEventHandlerAdapter(handler, parameters,
                        handlerDefinitions.apply(handler.getClass())))
                .toList();
        RebuiltReadModel model = fold.readModel();
        String[] aggregate = {null};
        return events.read(run.total(), run.startedAt(), message -> {
            String id = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
            if (!Objects.equals(id, aggregate[0])) {
                if (model.size() >= recordsPerLoad) {
                    records[0] += model.size();
                    model.tables().forEach(table -> shadows.load(table, model, run::loaded));
                    model.clear();
                }
                aggregate[0] = id;
            }
            for (AnnotationEventHandlerAdapter handler : handlers) {
                if (handler.canHandle(message)) {
                    apply(handler, message);
                }
            }
            // Events come by aggregate, not by position: progress counts them.
            run.read(Math.min(run.total(), run.eventsRead() + 1));
            if (run.eventsRead() % CHECKPOINT_EVERY == 1) {
                reached(group, run);
            }
        });
    }

    private static void apply(AnnotationEventHandlerAdapter handler, TrackedEventMessage<?> message) {
        try {
            handler.handle(message);
        } catch (Exception e) {
            throw new EventNotApplied(message, e);
        }
    }

    /**
     * The swap, with the processor stopped on this node so that it neither writes the old tables meanwhile nor holds
     * a claim on a token; started again whatever happens.
     */
    private void swap(String group, List<ReadModelTable> tables, TrackingToken token) {
        StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + group));
        TokenStore tokens = processing.tokenStore(group);
        int segmentsBefore = Math.max(1, processor.processingStatus().size());
        processor.shutDown();
        try {
            transactions.executeInTransaction(() -> {
                shadows.swapIn(tables);
                int[] segments = tokens.fetchSegments(group);
                if (segments.length == 0) {
                    tokens.initializeTokenSegments(group, segmentsBefore, token);
                }
                for (int segment : segments) {
                    // Claims the segment: a node that still holds it makes the swap fail, and roll back, here.
                    tokens.fetchToken(group, segment);
                    tokens.storeToken(token, group, segment);
                    tokens.releaseClaim(group, segment);
                }
                // What was parked is applied again by the rebuild, or the rebuild would have failed.
                processing.deadLetterQueue(group).ifPresent(SequencedDeadLetterQueue::clear);
                versions.record(group, schemaVersion(group));
            });
        } finally {
            processor.start();
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private void reached(String group, RebuildRun run) {
        checkpoint.reached(group, run.progress(nanoTime.getAsLong()));
    }

    private static String describe(Throwable e) {
        StringBuilder why = new StringBuilder(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !why.toString().contains(cause.getMessage())) {
                why.append(": ").append(cause.getMessage());
            }
        }
        return why.length() > 1000 ? why.substring(0, 1000) : why.toString();
    }

    /** A handler could not apply an event: the rebuild stops, since its read model would lack the event. */
    static final class EventNotApplied extends RuntimeException {

        EventNotApplied(TrackedEventMessage<?> message, Throwable cause) {
            super("a handler failed on " + message.getPayloadType().getSimpleName() + " at global index "
                    + message.trackingToken().position().orElse(-1)
                    + (message instanceof DomainEventMessage<?> domain ? " (" + domain.getAggregateIdentifier() + " #"
                    + domain.getSequenceNumber() + ")" : "") + ": " + cause, cause);
        }
    }
}
