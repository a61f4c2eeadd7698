/**
 * The hash chain over {@code domain_event_entry} (ADR 013), kept in the same database: the chainer that extends it
 * from the stored rows and notes checkpoints, and the store that verification pages through.
 */
package org.partnershipledger.adapters.persistence.audit.chain;
