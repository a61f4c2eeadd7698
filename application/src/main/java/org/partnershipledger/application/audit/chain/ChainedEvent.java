package org.partnershipledger.application.audit.chain;

/**
 * An event as its link recorded it when it was chained: where it sits in the chain and in the event table, and who it
 * is. A report names events by these values, so that an event whose identifiers were altered, or which was removed,
 * is still named as it was.
 *
 * @param position            the link's place in the chain: 1, 2, 3, ... without gaps
 * @param globalIndex         the event's global index in the event table
 * @param eventIdentifier     the event's identifier as it was chained
 * @param aggregateIdentifier the id of its partnership or vetting as it was chained
 * @param sequenceNumber      its position in its record's history as it was chained
 */
public record ChainedEvent(long position,
                           long globalIndex,
                           String eventIdentifier,
                           String aggregateIdentifier,
                           long sequenceNumber) {
}
