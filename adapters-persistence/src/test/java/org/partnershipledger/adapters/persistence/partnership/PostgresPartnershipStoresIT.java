package org.partnershipledger.adapters.persistence.partnership;

import org.partnershipledger.adapters.persistence.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.partnershipledger.testsupport.RequiresPostgres;

import javax.sql.DataSource;

/** The partnership stores on PostgreSQL, the production database, in a schema of their own (ADR 007). */
@RequiresPostgres
class PostgresPartnershipStoresIT extends PartnershipStoresContract {

    private static DataSource database;

    @BeforeAll
    static void migrate() {
        database = TestDatabases.migrated(TestDatabases.postgres(), "postgresql");
    }

    @Override
    protected DataSource database() {
        return database;
    }

    @Override
    protected DataSource emptyDatabase() {
        return TestDatabases.postgres();
    }

    @Override
    protected String vendor() {
        return "postgresql";
    }
}
