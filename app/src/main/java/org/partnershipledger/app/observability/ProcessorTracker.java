package org.partnershipledger.app.observability;

import java.time.Instant;

/**
 * Remembers one processor's previous position, so that a processor that is behind can be told apart from one that is
 * behind and not moving. A processor is healthy at a sample when it runs without error and is either caught up with
 * the head or further along than at the sample before; anything else starts (or continues) its unhealthy period.
 */
final class ProcessorTracker {

    private final String processor;
    private Long previousPosition;
    private Instant unhealthySince;

    ProcessorTracker(String processor) {
        this.processor = processor;
    }

    /**
     * @param position the lowest position of its segments, null before it has stored any token
     * @param head     the head of the event store, null when it could not be read
     */
    synchronized ProcessorProgress observe(boolean running, boolean error, Long position, Long head, Instant now) {
        Long lag = position == null || head == null ? null : Math.max(0, head - position);
        boolean behind = lag != null && lag > 0;
        boolean advancing = position != null && previousPosition != null && !position.equals(previousPosition);
        boolean healthy = running && !error && (!behind || advancing);
        if (healthy) {
            unhealthySince = null;
        } else if (unhealthySince == null) {
            unhealthySince = now;
        }
        previousPosition = position;
        return new ProcessorProgress(processor, running, error, position, lag, unhealthySince);
    }
}
