/**
 * Running the service rather than working with its records: the port through which an administrator rebuilds a read
 * model from the event store ({@link org.partnershipledger.application.operations.ProjectionReplays}) and sees how far
 * each event processor has got, and the one through which events a projection could not apply are listed, retried
 * or evicted ({@link org.partnershipledger.application.operations.DeadLetters}). The composition root implements both
 * over the event processors; nothing here knows how processors are configured.
 */
package org.partnershipledger.application.operations;
