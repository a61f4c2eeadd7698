package org.partnershipledger.benchmarks;

import org.partnershipledger.testsupport.LeastRebuildWork;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Step 4: rebuilding every read model from a large event store. The stored history is copied (service stopped) until
 * the store holds the target number of events; processors with side effects forget their position, so that they
 * start at the head as they do on a first start and never act on the copies. The service then catches up with the
 * copies as it would after an import, and finally every replayable processor is replayed through the admin API at
 * once: the rate is stored events over the time until the last read model is rebuilt. Both rates are compared with
 * the streaming ceiling, measured on the grown event table while the service is stopped, and the replay's CPU and
 * statements are measured as the load phases' are. Once the replay has finished, the least work any rebuild of those
 * events and read models must do ({@link LeastRebuildWork}) bounds how fast a rebuild can be on this machine at all.
 */
final class ReplayStep {

    private final ServiceUnderTest service;
    private final StoredEvents events;
    private final AccessTokens tokens;
    private final ServiceCostMeter meter;
    private final Database.Schema schema;

    ReplayStep(ServiceUnderTest service, StoredEvents events, AccessTokens tokens, ServiceCostMeter meter,
               Database.Schema schema) {
        this.service = service;
        this.events = events;
        this.tokens = tokens;
        this.meter = meter;
        this.schema = schema;
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
        StreamingCeiling.Result ceiling = new StreamingCeiling(schema).measure(2);

        long catchUpStart = System.nanoTime();
        service.start();
        Processors processors = processors();
        boolean caughtUp = awaitUntil(timeBox, () -> processors.allReached(head));
        double catchUpSeconds = (System.nanoTime() - catchUpStart) / 1e9;
        awaitUntil(timeBox, () -> events.chainedUpTo() >= head);

        List<String> replayable = processors.names(true);
        ServiceCostMeter.Reading costSoFar = meter.read();
        long replayStart = System.nanoTime();
        replayable.forEach(processors::replay);
        boolean finished = awaitUntil(timeBox, () -> processors.replayProgress(replayable).finished());
        double replaySeconds = (System.nanoTime() - replayStart) / 1e9;
        ServiceCost replayCost;
        long replayed;
        try {
            replayCost = meter.since(costSoFar);
            replayed = finished ? head : processors.replayProgress(replayable).processed();
        } catch (RuntimeException serviceGone) {
            // The service died during the replay (out of memory, say): the run goes on and reports it unfinished.
            System.out.printf("[replay] the service no longer answers: %s%n", serviceGone);
            replayCost = new ServiceCost(CpuUse.UNAVAILABLE, SqlUse.UNAVAILABLE, 0);
            replayed = 0;
        }
        LeastRebuildWork.Floor floor = finished ? leastRebuildWork() : null;
        return new Result(stored, stored - before, seedSeconds, ceiling, caughtUp, (stored - before) / catchUpSeconds,
                finished, replayed, replaySeconds, replayable, replayCost, floor);
    }

    /** Measured on the rebuilt read models while the service idles: what it does is not counted. */
    private LeastRebuildWork.Floor leastRebuildWork() {
        try (Connection connection = schema.connect()) {
            return LeastRebuildWork.measure(connection);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the least rebuild work could not be measured", e);
        }
    }

    private Processors processors() {
        return new Processors(new Api(service.baseUri(), new Operations()), tokens);
    }

    private static boolean awaitUntil(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException serviceGone) {
                System.out.printf("[replay] stopped waiting, the service no longer answers: %s%n", serviceGone);
                return false;
            }
            Pause.millis(200);
        }
        return false;
    }

    /**
     * @param storedEvents      events in the store when the replay ran
     * @param copiedEvents      of which copied in by this step
     * @param ceiling           the streaming ceiling over the stored events
     * @param caughtUp          whether every processor had processed the copies within the time box
     * @param catchUpPerSecond  copies processed per second on start, all processors together
     * @param finished          whether every replay finished within the time box
     * @param replayedEvents    positions every replayed processor had passed (all of them when finished)
     * @param replayCost        what the replay cost the service, from the first replay request to the last finish
     * @param leastWork         the least work of any rebuild of the stored events; null unless the replay finished
     */
    record Result(long storedEvents, long copiedEvents, double seedSeconds, StreamingCeiling.Result ceiling,
                  boolean caughtUp, double catchUpPerSecond, boolean finished, long replayedEvents,
                  double replaySeconds, List<String> replayed, ServiceCost replayCost,
                  LeastRebuildWork.Floor leastWork) {

        double replayPerSecond() {
            return replayedEvents / replaySeconds;
        }

        double processorCpuMillisPerReplayedEvent() {
            return replayCost.processorCpuMillisPer(replayedEvents);
        }

        double statementsPerReplayedEventPerProcessor() {
            return replayCost.processorStatementsPer(replayedEvents, replayed.size());
        }
    }
}
