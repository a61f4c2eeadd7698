/**
 * The audit trail's reads, answered from the event store itself through the {@code EventLog} port, never from a read
 * model: a record's history, and a record as it stood at a point in the past, rebuilt by feeding its events up to that
 * point through the same projection that keeps the current view, over an in-memory store.
 */
package org.partnershipledger.projections.audit;
