package org.partnershipledger.adapters.persistence.idempotency;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** The idempotency store on H2; a connection per statement, so that concurrent claims really race. */
class H2IdempotencyStoreIT extends IdempotencyStoreContract {

    private final DataSource database = new DriverManagerDataSource(
            "jdbc:h2:mem:idempotency-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

    @Override
    protected DataSource database() {
        return database;
    }

    @Override
    protected String vendor() {
        return "h2";
    }
}
