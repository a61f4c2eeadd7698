package org.partnershipledger.application.audit.chain;

/**
 * One row of the event table exactly as stored: strings as the database returns them, payload and metadata as their
 * raw bytes, never deserialized, so that a link computed when the event was chained and a link recomputed at
 * verification compare like with like.
 *
 * @param payloadRevision may be null, as in the table
 * @param type            the aggregate type; may be null, as in the table
 * @param metadata        may be null, as in the table
 */
public record StoredEvent(long globalIndex,
                          String eventIdentifier,
                          String aggregateIdentifier,
                          long sequenceNumber,
                          String type,
                          String timestamp,
                          String payloadType,
                          String payloadRevision,
                          byte[] payload,
                          byte[] metadata) {
}
