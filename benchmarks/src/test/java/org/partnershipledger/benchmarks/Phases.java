package org.partnershipledger.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Load phase results made up for tests of what is computed from them. */
final class Phases {

    private Phases() {
    }

    /**
     * A phase of {@code commands} proposals over {@code seconds}, whose lags are given as (acknowledged at, lag) in
     * milliseconds since the phase's start.
     */
    static LoadPhase.Result phase(int concurrency, double seconds, long commands, ServiceCost cost, int neverSeen,
                                  long[]... lagsMillis) {
        long startedAt = 1_000_000_000L;
        List<long[]> lags = Arrays.stream(lagsMillis)
                .map(lag -> new long[]{startedAt + lag[0] * 1_000_000, lag[1] * 1_000_000}).toList();
        Latencies.Summary proposals = new Latencies.Summary(commands, 1, 2, 3, 4);
        return new LoadPhase.Result(concurrency, seconds, Map.of(Journey.PROPOSE, proposals), Map.of(), Map.of(),
                lags, neverSeen, 0, 0, startedAt, cost);
    }
}
