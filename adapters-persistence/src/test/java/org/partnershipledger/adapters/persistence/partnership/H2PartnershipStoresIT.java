package org.partnershipledger.adapters.persistence.partnership;

import org.partnershipledger.adapters.persistence.TestDatabases;
import org.junit.jupiter.api.BeforeAll;

import javax.sql.DataSource;

/** The partnership stores on an in-memory H2, the database the service runs on by default. */
class H2PartnershipStoresIT extends PartnershipStoresContract {

    private static DataSource database;

    @BeforeAll
    static void migrate() {
        database = TestDatabases.migrated(TestDatabases.h2(), "h2");
    }

    @Override
    protected DataSource database() {
        return database;
    }

    @Override
    protected DataSource emptyDatabase() {
        return TestDatabases.h2();
    }

    @Override
    protected String vendor() {
        return "h2";
    }
}
