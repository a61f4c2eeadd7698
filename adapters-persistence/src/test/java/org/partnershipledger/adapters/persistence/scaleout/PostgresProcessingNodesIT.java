package org.partnershipledger.adapters.persistence.scaleout;

import org.partnershipledger.adapters.persistence.TestDatabases;
import org.partnershipledger.testsupport.RequiresPostgres;

import javax.sql.DataSource;

@RequiresPostgres
class PostgresProcessingNodesIT extends ProcessingNodesContract {

    private final DataSource database = TestDatabases.migrated(TestDatabases.postgres(), "postgresql");

    @Override
    protected DataSource database() {
        return database;
    }
}
