package org.partnershipledger.application.operations;

import java.time.Instant;
import java.util.Objects;

/**
 * How far a replay has got. Positions are those of the event stream (the global index of the event store): the replay
 * is done when the read model reflects every event up to {@code total}, the head of the stream when the replay
 * started. Events stored since are processed as usual, not as a replay.
 *
 * <p>Two methods rebuild a read model (ADR 014, ADR 027). A {@link Method#SET_BASED set-based rebuild} streams the
 * event table once into new tables and swaps them in when done, so the old read model keeps answering meanwhile; its
 * {@code phase} says where it is, and a rebuild that failed says why in {@code failure}, the old read model still in
 * place. A {@link Method#RESET reset} empties the read model and lets the processor stream every event again.
 *
 * @param requestedBy     who asked for the replay
 * @param startedAt       when the replay started
 * @param finishedAt      when the rebuilt read model was in place (a set-based rebuild: swapped in; a reset: every
 *                        segment had passed {@code total}), or {@code null} while it runs or after it failed
 * @param total           the head of the event stream when the replay started
 * @param processed       the position reached since, at most {@code total}
 * @param percent         {@code processed} of {@code total}, from 0 to 100
 * @param eventsPerSecond events (for a reset: positions) processed per second, measured from the start to the end of
 *                        the replay (or to now while it runs)
 * @param method          how the read model is rebuilt
 * @param phase           where the replay is: streaming the events, loading the new tables, swapping them in,
 *                        finished, or failed
 * @param eventsRead      how many events a set-based rebuild has read and applied so far (a reset counts positions
 *                        only: {@code null})
 * @param etaSeconds      the estimated seconds until {@code processed} reaches {@code total} at the rate so far;
 *                        {@code null} while there is no rate yet, 0 once every event is read
 * @param failure         why the replay failed, or {@code null}
 */
public record ReplayProgress(String requestedBy, Instant startedAt, Instant finishedAt, long total, long processed,
                             double percent, double eventsPerSecond, Method method, Phase phase, Long eventsRead,
                             Double etaSeconds, String failure) {

    public ReplayProgress {
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(phase, "phase");
    }

    /** The progress of a reset replay, as it was reported before set-based rebuilds existed. */
    public ReplayProgress(String requestedBy, Instant startedAt, Instant finishedAt, long total, long processed,
                          double percent, double eventsPerSecond) {
        this(requestedBy, startedAt, finishedAt, total, processed, percent, eventsPerSecond, Method.RESET,
                finishedAt == null ? Phase.STREAMING : Phase.FINISHED, null, null, null);
    }

    /** How the read model is rebuilt. */
    public enum Method {
        /** Streamed once into new tables, swapped in with the processor's token at {@code total}. */
        SET_BASED,
        /** The processor's tokens reset to the tail: the read model emptied and every event handled again. */
        RESET
    }

    /** Where a replay is. */
    public enum Phase {
        /** Reading the events up to {@code total} and applying them. */
        STREAMING,
        /** Writing the rebuilt read model into new tables; the old tables still answer. */
        LOADING,
        /** Replacing the old read model by the new one, with the processor's token, in one transaction. */
        SWAPPING,
        /** The rebuilt read model answers. */
        FINISHED,
        /** The replay stopped; the old read model answers, as before the request, and a new replay may be asked. */
        FAILED
    }
}
