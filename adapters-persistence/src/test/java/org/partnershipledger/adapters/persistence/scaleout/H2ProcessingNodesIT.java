package org.partnershipledger.adapters.persistence.scaleout;

import org.partnershipledger.adapters.persistence.TestDatabases;

import javax.sql.DataSource;

class H2ProcessingNodesIT extends ProcessingNodesContract {

    private final DataSource database = TestDatabases.migrated(TestDatabases.h2(), "h2");

    @Override
    protected DataSource database() {
        return database;
    }
}
