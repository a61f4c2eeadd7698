package org.partnershipledger.app.endtoend;

/** The golden rows exported from H2, loaded into a fresh H2 database and read by this version of the service. */
class H2GoldenRowsIT extends GoldenRowsContract {
}
