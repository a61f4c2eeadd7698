package org.partnershipledger.application.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * One event as receivers outside the service see it: a public name instead of a Java type, the record it happened to,
 * and the event's own fields.
 *
 * @param eventId        the event's identifier in the store: the same event always carries the same one, so that a
 *                       receiver can recognise a repeat
 * @param eventType      the public name ({@link NotifiableEvents}), e.g. {@code PartnershipProposed}
 * @param aggregateType  the kind of record, e.g. {@code Partnership}
 * @param sequenceNumber the event's position in its record's history
 * @param occurredAt     when the event was recorded
 * @param payload        the event itself; adapters render it (as JSON, for webhooks)
 */
public record Notification(String eventId,
                           String eventType,
                           String aggregateType,
                           String aggregateId,
                           long sequenceNumber,
                           Instant occurredAt,
                           Object payload) {

    public Notification {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }
}
