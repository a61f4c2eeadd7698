package org.partnershipledger.adapters.persistence.idempotency;

import org.partnershipledger.testsupport.PostgresTestDatabase;
import org.partnershipledger.testsupport.RequiresPostgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

/** The idempotency store on PostgreSQL, in a schema of its own. */
@RequiresPostgres
class PostgresIdempotencyStoreIT extends IdempotencyStoreContract {

    private static DataSource database;

    @Override
    protected DataSource database() {
        if (database == null) {
            database = new DriverManagerDataSource(PostgresTestDatabase.urlOfNewSchema(),
                    PostgresTestDatabase.username(), PostgresTestDatabase.password());
        }
        return database;
    }

    @Override
    protected String vendor() {
        return "postgresql";
    }
}
