package org.partnershipledger.app.endtoend;

/** The audit trail end to end on the embedded H2 database. */
class H2AuditTrailIT extends AuditTrailContract {
}
