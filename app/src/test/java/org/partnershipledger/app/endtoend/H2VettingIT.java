package org.partnershipledger.app.endtoend;

/** Vetting end to end on the embedded H2 database. */
class H2VettingIT extends VettingContract {
}
