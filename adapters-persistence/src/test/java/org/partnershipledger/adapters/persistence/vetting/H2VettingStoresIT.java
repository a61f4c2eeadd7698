package org.partnershipledger.adapters.persistence.vetting;

import org.junit.jupiter.api.BeforeAll;

import javax.sql.DataSource;

/** The vetting stores on an in-memory H2, the database the service runs on by default. */
class H2VettingStoresIT extends VettingStoresContract {

    private static DataSource database;

    @BeforeAll
    static void migrate() {
        database = VettingDatabases.migrated(VettingDatabases.h2(), "h2");
    }

    @Override
    protected DataSource database() {
        return database;
    }

    @Override
    protected DataSource emptyDatabase() {
        return VettingDatabases.h2();
    }

    @Override
    protected String vendor() {
        return "h2";
    }
}
