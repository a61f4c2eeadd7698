package org.partnershipledger.application.audit.views;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.partnershipledger.application.audit.Reasons;
import org.partnershipledger.application.identity.AuditMetadata;

import java.time.Instant;

/**
 * One stored event as an auditor reads it: what happened ({@code type}, {@code payload}), to which record, when, on
 * whose behalf, why ({@code reason}), and how it links to the request and the messages that caused it.
 *
 * @param eventId        the event's own identifier, unique in the store
 * @param aggregateType  the kind of record, e.g. {@code Partnership}
 * @param aggregateId    the id of the partnership or vetting the event belongs to
 * @param sequenceNumber the event's position in its record's history; the record's version once it is applied
 * @param type           the event's name, e.g. {@code PartnershipProposed}
 * @param timestamp      when it was recorded
 * @param actor          on whose behalf the event was recorded
 * @param correlationId  the first message of the chain: the command an HTTP request sent; every event of that request,
 *                       including those of commands policies sent because of it, carries the same one (stored by Axon
 *                       under the metadata key {@code traceId})
 * @param causationId    the message that caused this event: the command that recorded it (metadata {@code causationId})
 * @param requestId      the HTTP request ({@code X-Request-Id}) the chain started with
 * @param reason         why, where the event states it ({@link Reasons})
 * @param payload        the event's fields, as they are stored
 */
public record AuditedEvent(String eventId,
                           String aggregateType,
                           String aggregateId,
                           Long sequenceNumber,
                           String type,
                           Instant timestamp,
                           EventActor actor,
                           String correlationId,
                           String causationId,
                           String requestId,
                           String reason,
                           Object payload) {

    /** Describes a stored event; deserializes its payload. */
    public static AuditedEvent of(EventMessage<?> event) {
        MetaData metaData = event.getMetaData();
        Object payload = event.getPayload();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        return new AuditedEvent(event.getIdentifier(),
                domain == null ? null : domain.getType(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                event.getPayloadType().getSimpleName(),
                event.getTimestamp(),
                EventActor.of(metaData.get(AuditMetadata.USER_ID), metaData.get(AuditMetadata.OFFICE),
                        metaData.get(AuditMetadata.ROLES)),
                correlation(metaData),
                causation(metaData),
                text(metaData.get(AuditMetadata.REQUEST_ID)),
                Reasons.of(payload),
                payload);
    }

    /** The root of the chain, which Axon 4 records as {@code traceId}. */
    private static String correlation(MetaData metaData) {
        return text(metaData.get(AuditMetadata.TRACE_ID));
    }

    /**
     * The parent message. Events recorded before {@code causationId} existed name it only under Axon's
     * {@code correlationId}, which holds the same id.
     */
    private static String causation(MetaData metaData) {
        Object causation = metaData.get(AuditMetadata.CAUSATION_ID);
        return text(causation != null ? causation : metaData.get(AuditMetadata.CORRELATION_ID));
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
