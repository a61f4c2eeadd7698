package org.partnershipledger.app.observability;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether the event store answered the monitor's last read of its head.
 *
 * @param head       the head's position at the last successful read, null before any
 * @param lastReadAt when the head was last read successfully, null before any
 * @param failure    why the last read failed, null when it succeeded
 */
public record EventStoreReach(Long head, Instant lastReadAt, String failure) {

    static final EventStoreReach NOT_YET_READ = new EventStoreReach(null, null, "not read yet");

    EventStoreReach succeeded(long newHead, Instant at) {
        return new EventStoreReach(newHead, at, null);
    }

    EventStoreReach failed(String why) {
        return new EventStoreReach(head, lastReadAt, why);
    }

    /** Reachable: the last read succeeded, and not so long ago that a read since then may be hanging. */
    public boolean reachable(Duration timeout, Instant now) {
        return failure == null && lastReadAt != null && !lastReadAt.plus(timeout).isBefore(now);
    }
}
