package org.partnershipledger.application.operations;

import java.time.Instant;
import java.util.Objects;

/**
 * One parked event, named but not shown: its payload stays in the database.
 *
 * @param letterId        the letter's own id, to evict it alone
 * @param eventId         the event's identifier in the event store
 * @param eventType       the event's name, e.g. {@code RecordedFactCorrected}
 * @param aggregateId     the record the event belongs to
 * @param sequenceNumber  the event's place in the record's history (its version), or {@code null}
 * @param globalIndex     the event's position in the event stream, or {@code null} when not known
 * @param causeType       what failed, by exception name, or {@code null} for an event parked only because an earlier
 *                        one of its sequence is
 * @param causeMessage    what the failure said, at most 1023 characters, or {@code null}
 * @param enqueuedAt      when the event was parked
 * @param lastTouched     when it was last parked or retried
 * @param attempts        how often applying it has failed: 1 when first parked, one more with every failed retry; 0
 *                        for an event that was never tried
 */
public record DeadLetterView(String letterId, String eventId, String eventType, String aggregateId,
                             Long sequenceNumber, Long globalIndex, String causeType, String causeMessage,
                             Instant enqueuedAt, Instant lastTouched, int attempts) {

    public DeadLetterView {
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(enqueuedAt, "enqueuedAt");
    }
}
