package org.partnershipledger.adapters.persistence.rebuild;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;

import java.time.Instant;

/**
 * One row of the event table as the rebuild reads it: what Axon's {@code GenericDomainEventEntry} holds, with the
 * timestamp parsed once instead of at each call of {@link #getTimestamp()} (the reader asks for it to compute the
 * token, and the upcaster chain asks again).
 *
 * @param aggregateIdentifier {@code null} for an event that belongs to no aggregate, as in Axon's entry
 */
record StoredEvent(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                   Instant timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metaData)
        implements DomainEventData<byte[]> {

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getAggregateIdentifier() {
        return aggregateIdentifier;
    }

    @Override
    public long getSequenceNumber() {
        return sequenceNumber;
    }

    @Override
    public String getEventIdentifier() {
        return eventIdentifier;
    }

    @Override
    public Instant getTimestamp() {
        return timestamp;
    }

    @Override
    public SerializedObject<byte[]> getMetaData() {
        return new SerializedMetaData<>(metaData, byte[].class);
    }

    @Override
    public SerializedObject<byte[]> getPayload() {
        return new SimpleSerializedObject<>(payload, byte[].class, payloadType, payloadRevision);
    }
}
