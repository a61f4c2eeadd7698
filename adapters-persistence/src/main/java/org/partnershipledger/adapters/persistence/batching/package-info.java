/**
 * Read-model writes batched per event processor transaction (ADR 026): the documents a batch of events reads are
 * fetched in one statement, the changes it makes are kept in memory, and every changed document is written once, as a
 * few set-based statements, just before the transaction commits with the processor's token.
 */
package org.partnershipledger.adapters.persistence.batching;
