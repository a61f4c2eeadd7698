/** Questions auditors ask of the event store: a record's history, and a record as it stood at a point in its history. */
package org.partnershipledger.application.audit.queries;
