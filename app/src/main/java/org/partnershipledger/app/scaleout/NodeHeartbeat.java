package org.partnershipledger.app.scaleout;

import org.partnershipledger.adapters.persistence.scaleout.JdbcProcessingNodes;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Says that this node is alive, at a fixed interval, and tells {@link FairShareOfSegments} how many nodes are and how
 * many segments each processor has. It starts before the event processors (the first share is known before the first
 * claim) and stops after them, leaving the table so that the other nodes take over at once instead of after the
 * claim timeout. A failed heartbeat is logged and the last counts stay: the next one may succeed.
 */
class NodeHeartbeat implements SmartLifecycle {

    private static final System.Logger log = System.getLogger(NodeHeartbeat.class.getName());
    /** Rows of nodes silent for this many claim timeouts are deleted: those nodes are long dead. */
    private static final int FORGET_AFTER_TIMEOUTS = 10;

    private final JdbcProcessingNodes nodes;
    private final FairShareOfSegments share;
    private final Duration interval;
    private final Duration claimTimeout;
    private ScheduledExecutorService scheduler;

    NodeHeartbeat(JdbcProcessingNodes nodes, FairShareOfSegments share, Duration interval, Duration claimTimeout) {
        this.nodes = nodes;
        this.share = share;
        this.interval = interval;
        this.claimTimeout = claimTimeout;
    }

    /** Once, at start-up, where a failure must stop the start: a node that cannot count the others cannot share. */
    void beat() {
        nodes.heartbeat();
        share.update(nodes.liveNodes(claimTimeout), nodes.segmentsPerProcessor());
    }

    private void beatQuietly() {
        try {
            beat();
            nodes.forgetNodesSilentFor(claimTimeout.multipliedBy(FORGET_AFTER_TIMEOUTS));
        } catch (RuntimeException e) {
            log.log(System.Logger.Level.WARNING, "Heartbeat of node " + nodes.nodeId() + " failed; keeping the last "
                    + "counts of live nodes and segments", e);
        }
    }

    @Override
    public synchronized void start() {
        beat();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "node-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::beatQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        scheduler = null;
        try {
            nodes.leave();
        } catch (RuntimeException e) {
            log.log(System.Logger.Level.WARNING, "Node " + nodes.nodeId() + " could not leave the processing_node "
                    + "table; the others take over after its silence", e);
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** Before Axon's processors start, after they stopped. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
