package org.partnershipledger.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Step 4: rebuilding every read model from a large event store. The stored history is copied (service stopped) until
 * the store holds the target number of events; processors with side effects forget their position, so that they
 * start at the head as they do on a first start and never act on the copies. The service then catches up with the
 * copies as it would after an import, and finally every replayable processor is replayed through the admin API at
 * once: the rate is stored events over the time until the last read model is rebuilt.
 */
final class ReplayStep {

    private final ServiceUnderTest service;
    private final StoredEvents events;
    private final AccessTokens tokens;

    ReplayStep(ServiceUnderTest service, StoredEvents events, AccessTokens tokens) {
        this.service = service;
        this.events = events;
        this.tokens = tokens;
    }

    Result run(long targetEvents, Duration timeBox) {
        List<String> withSideEffects = processors().names(false);
        service.stop();
        long before = events.count();
        long seedStart = System.nanoTime();
        long stored = events.copyHistoryUntil(targetEvents);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        events.forgetTokens(withSideEffects);
        long head = events.head();

        long catchUpStart = System.nanoTime();
        service.start();
        Processors processors = processors();
        boolean caughtUp = awaitUntil(timeBox, () -> processors.allReached(head));
        double catchUpSeconds = (System.nanoTime() - catchUpStart) / 1e9;
        awaitUntil(timeBox, () -> events.chainedUpTo() >= head);

        List<String> replayable = processors.names(true);
        long replayStart = System.nanoTime();
        replayable.forEach(processors::replay);
        boolean finished = awaitUntil(timeBox, () -> processors.replayProgress(replayable).finished());
        double replaySeconds = (System.nanoTime() - replayStart) / 1e9;
        long replayed = finished ? head : processors.replayProgress(replayable).processed();
        return new Result(stored, stored - before, seedSeconds, caughtUp, (stored - before) / catchUpSeconds,
                finished, replayed, replaySeconds, replayable);
    }

    private Processors processors() {
        return new Processors(new Api(service.baseUri(), new Operations()), tokens);
    }

    private static boolean awaitUntil(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Pause.millis(200);
        }
        return false;
    }

    /**
     * @param storedEvents      events in the store when the replay ran
     * @param copiedEvents      of which copied in by this step
     * @param caughtUp          whether every processor had processed the copies within the time box
     * @param catchUpPerSecond  copies processed per second on start, all processors together
     * @param finished          whether every replay finished within the time box
     * @param replayedEvents    positions every replayed processor had passed (all of them when finished)
     */
    record Result(long storedEvents, long copiedEvents, double seedSeconds, boolean caughtUp, double catchUpPerSecond,
                  boolean finished, long replayedEvents, double replaySeconds, List<String> replayed) {

        double replayPerSecond() {
            return replayedEvents / replaySeconds;
        }
    }
}
