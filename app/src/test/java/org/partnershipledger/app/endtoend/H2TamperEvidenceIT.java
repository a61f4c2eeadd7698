package org.partnershipledger.app.endtoend;

/** Tamper evidence on the embedded H2 database, as a fresh machine runs it. */
class H2TamperEvidenceIT extends TamperEvidenceContract {
}
