/**
 * The auditor's side: the {@link org.partnershipledger.application.audit.EventLog} port that reads the event store
 * itself (never a read model), how an event is described to an auditor (who, when, why, caused by what, and its
 * payload) and which events an export includes.
 */
package org.partnershipledger.application.audit;
