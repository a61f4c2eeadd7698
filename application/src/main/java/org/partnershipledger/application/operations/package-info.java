/**
 * Running the service rather than working with its records: the port through which an administrator rebuilds a read
 * model from the event store ({@link org.partnershipledger.application.operations.ProjectionReplays}) and sees how far
 * each event processor has got. The composition root implements it over the event processors; nothing here knows how
 * processors are configured.
 */
package org.partnershipledger.application.operations;
