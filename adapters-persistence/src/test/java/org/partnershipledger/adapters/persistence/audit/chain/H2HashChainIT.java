package org.partnershipledger.adapters.persistence.audit.chain;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** The hash chain on H2, as a fresh machine runs it; a connection per request, so that transactions run side by side. */
class H2HashChainIT extends HashChainContract {

    @Override
    protected DataSource newDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:hash-chain-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
    }

    @Override
    protected String vendor() {
        return "h2";
    }
}
