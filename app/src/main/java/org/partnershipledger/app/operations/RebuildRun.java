package org.partnershipledger.app.operations;

import org.partnershipledger.application.operations.ReplayProgress;
import org.partnershipledger.application.operations.ReplayProgress.Method;
import org.partnershipledger.application.operations.ReplayProgress.Phase;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * One set-based rebuild as it goes, written by the rebuild's thread and read by whoever asks for the status. Rates
 * are measured with the monotonic clock, from the request to the swap (or to now).
 */
final class RebuildRun {

    private final String requestedBy;
    private final Instant startedAt;
    private final long startNanos;
    private final long total;

    private volatile Phase phase = Phase.STREAMING;
    private volatile long position;
    private volatile long eventsRead;
    private volatile long rowsLoaded;
    private volatile Instant finishedAt;
    private volatile long endNanos;
    private volatile String failure;

    /**
     * @param total the head of the event stream when the rebuild was asked for: it rebuilds up to there
     */
    RebuildRun(String requestedBy, Instant startedAt, long startNanos, long total) {
        this.requestedBy = requestedBy;
        this.startedAt = startedAt;
        this.startNanos = startNanos;
        this.total = total;
    }

    long total() {
        return total;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** Whether it still runs: neither finished nor failed. */
    boolean active() {
        Phase now = phase;
        return now != Phase.FINISHED && now != Phase.FAILED;
    }

    /** An event at this position was read and applied. */
    void read(long atPosition) {
        position = atPosition;
        eventsRead++;
    }

    long eventsRead() {
        return eventsRead;
    }

    void phase(Phase next) {
        if (next != Phase.STREAMING) {
            position = total;
        }
        phase = next;
    }

    void loaded(long rows) {
        rowsLoaded += rows;
    }

    long rowsLoaded() {
        return rowsLoaded;
    }

    void finish(Instant at, long nanos) {
        endNanos = nanos;
        finishedAt = at;
        phase(Phase.FINISHED);
    }

    void fail(String why, long nanos) {
        endNanos = nanos;
        failure = why;
        phase = Phase.FAILED;
    }

    long elapsedMillis(long nowNanos) {
        return TimeUnit.NANOSECONDS.toMillis((active() ? nowNanos : endNanos) - startNanos);
    }

    ReplayProgress progress(long nowNanos) {
        Phase now = phase;
        boolean ended = now == Phase.FINISHED || now == Phase.FAILED;
        long elapsed = (ended ? endNanos : nowNanos) - startNanos;
        long reached = Math.min(total, now == Phase.FINISHED ? total : position);
        long read = eventsRead;
        double perSecond = elapsed > 0 ? read * 1_000_000_000.0 / elapsed : 0;
        double percent = total == 0 ? (now == Phase.FINISHED ? 100 : 0) : Math.floor(reached * 1000.0 / total) / 10;
        Double eta;
        if (now != Phase.STREAMING) {
            eta = now == Phase.FAILED ? null : 0.0;
        } else if (reached <= 0 || elapsed <= 0) {
            eta = null;
        } else {
            double positionsPerNano = reached / (double) elapsed;
            eta = Math.round((total - reached) / positionsPerNano / 1e8) / 10.0;
        }
        return new ReplayProgress(requestedBy, startedAt, finishedAt, total, reached, percent,
                Math.round(perSecond * 10) / 10.0, Method.SET_BASED, now, read, eta, failure);
    }
}
