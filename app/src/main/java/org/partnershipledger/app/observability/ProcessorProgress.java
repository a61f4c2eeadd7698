package org.partnershipledger.app.observability;

import java.time.Duration;
import java.time.Instant;

/**
 * What one streaming event processor looked like at the last sample.
 *
 * @param processor      the processor's name (its processing group)
 * @param running        whether it runs on this node
 * @param error          whether it, or one of the segments this node holds, is in error
 * @param position       the lowest position its segments have reached, on any node; null before it stored a token
 * @param lag            events between that position and the head of the event store; null when either is unknown
 * @param unhealthySince since when it has been in error, stopped, or behind without advancing; null when it is not
 */
public record ProcessorProgress(String processor, boolean running, boolean error, Long position, Long lag,
                                Instant unhealthySince) {

    public boolean unhealthyLongerThan(Duration threshold, Instant now) {
        return unhealthySince != null && !unhealthySince.plus(threshold).isAfter(now);
    }
}
