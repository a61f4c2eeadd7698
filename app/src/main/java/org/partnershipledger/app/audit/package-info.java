/**
 * The audit trail as the service runs it: the event log read from Axon's event store (so it works on the relational
 * store and on Axon Server alike), the causation id on every message, and the HTTP reads and export of the trail.
 */
package org.partnershipledger.app.audit;
