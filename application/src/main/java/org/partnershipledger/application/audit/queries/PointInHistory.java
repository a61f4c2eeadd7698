package org.partnershipledger.application.audit.queries;

import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;

/**
 * A point in a record's history: an instant, or a version (the sequence number of the last event to include).
 * Exactly one is given.
 */
public record PointInHistory(Instant at, Long version) {

    public PointInHistory {
        if ((at == null) == (version == null)) {
            throw new IllegalArgumentException("give either 'at' (an ISO 8601 instant) or 'version', not both or none");
        }
        if (version != null && version < 0) {
            throw new IllegalArgumentException("version must be 0 or more, was " + version);
        }
    }

    public static PointInHistory at(Instant at) {
        return new PointInHistory(at, null);
    }

    public static PointInHistory version(long version) {
        return new PointInHistory(null, version);
    }

    /** Whether the event had been recorded at this point: at or before the instant, or at or below the version. */
    public boolean includes(DomainEventMessage<?> event) {
        return version != null ? event.getSequenceNumber() <= version : !event.getTimestamp().isAfter(at);
    }

    @Override
    public String toString() {
        return version != null ? "version " + version : at.toString();
    }
}
