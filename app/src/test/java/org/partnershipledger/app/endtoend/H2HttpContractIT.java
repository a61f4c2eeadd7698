package org.partnershipledger.app.endtoend;

/** The HTTP contract on the embedded H2 database. */
class H2HttpContractIT extends HttpContractContract {
}
