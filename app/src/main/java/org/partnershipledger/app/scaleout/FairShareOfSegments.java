package org.partnershipledger.app.scaleout;

import org.axonframework.eventhandling.pooled.MaxSegmentProvider;

import java.util.Map;

/**
 * How many segments of a processor this node may hold: its fair share, the processor's segments divided by the live
 * nodes and rounded up, within the configured cap. Axon's pooled streaming processor asks at every claim round and
 * releases what it holds beyond the answer, so a node that joins gets segments from the others, and a node that dies
 * leaves its share to the survivors once its claims time out.
 *
 * <p>Answers from the last heartbeat's counts, never from the database, because the processors ask often.
 */
public class FairShareOfSegments implements MaxSegmentProvider {

    private final int cap;
    private volatile int liveNodes = 1;
    private volatile Map<String, Integer> segments = Map.of();

    public FairShareOfSegments(int cap) {
        this.cap = cap;
    }

    /** The counts of the latest heartbeat. */
    void update(int liveNodes, Map<String, Integer> segmentsPerProcessor) {
        this.liveNodes = Math.max(1, liveNodes);
        this.segments = Map.copyOf(segmentsPerProcessor);
    }

    @Override
    public int getMaxSegments(String processorName) {
        Integer total = segments.get(processorName);
        if (total == null) {
            // Not initialized when the last heartbeat looked: whoever claims first initializes, and shares next round.
            return cap;
        }
        return Math.min(cap, Math.max(1, (total + liveNodes - 1) / liveNodes));
    }
}
