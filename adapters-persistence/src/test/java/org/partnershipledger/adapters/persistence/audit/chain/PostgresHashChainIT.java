package org.partnershipledger.adapters.persistence.audit.chain;

import org.partnershipledger.testsupport.PostgresTestDatabase;
import org.partnershipledger.testsupport.RequiresPostgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

/**
 * The hash chain on PostgreSQL, the production database, whose sequence leaves real gaps: each test in a schema of its
 * own (ADR 007), with a connection per request.
 */
@RequiresPostgres
class PostgresHashChainIT extends HashChainContract {

    @Override
    protected DataSource newDatabase() {
        return new DriverManagerDataSource(PostgresTestDatabase.urlOfNewSchema(), PostgresTestDatabase.username(),
                PostgresTestDatabase.password());
    }

    @Override
    protected String vendor() {
        return "postgresql";
    }
}
