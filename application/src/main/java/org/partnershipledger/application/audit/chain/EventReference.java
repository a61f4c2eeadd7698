package org.partnershipledger.application.audit.chain;

/** An event in the event table that no link covers, named by its row. */
public record EventReference(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber) {
}
