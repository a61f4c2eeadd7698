package org.partnershipledger.application.audit.chain;

/**
 * An event in the event table that no link covers, named by its row.
 *
 * @param globalIndex         the event's global index in the event table
 * @param eventIdentifier     the event's identifier
 * @param aggregateIdentifier the id of its partnership or vetting
 * @param sequenceNumber      its position in its record's history
 */
public record EventReference(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber) {
}
