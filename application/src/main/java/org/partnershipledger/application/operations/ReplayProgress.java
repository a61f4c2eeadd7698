package org.partnershipledger.application.operations;

import java.time.Instant;
import java.util.Objects;

/**
 * How far a replay has got. Positions are those of the event stream (the global index of the event store): the replay
 * is done when every segment has passed {@code total}, the head of the stream when the replay started. Events stored
 * since are processed as usual, not as a replay.
 *
 * @param requestedBy     who asked for the replay
 * @param startedAt       when the processor was reset
 * @param finishedAt      when every segment had passed the head of the stream as it was at the start, or {@code null}
 *                        while the replay runs
 * @param total           the head of the event stream when the replay started
 * @param processed       the position every segment has reached since, at most {@code total}
 * @param percent         {@code processed} of {@code total}, from 0 to 100
 * @param eventsPerSecond positions processed per second, measured from the start to the end of the replay (or to
 *                        now while it runs)
 */
public record ReplayProgress(String requestedBy, Instant startedAt, Instant finishedAt, long total, long processed,
                             double percent, double eventsPerSecond) {

    public ReplayProgress {
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
