package org.partnershipledger.app.endtoend;

/** The partnership lifecycle on the embedded H2 database. */
class H2PartnershipLifecycleIT extends PartnershipLifecycleContract {
}
