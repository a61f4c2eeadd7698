package org.partnershipledger.app.endtoend;

/** The first slice on the embedded H2 database, as a fresh machine runs it. */
class H2ProposePartnershipIT extends ProposePartnershipContract {
}
