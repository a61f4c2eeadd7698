package org.partnershipledger.app.config;

import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Queries only read: Axon's query bus hands them to their handlers outside any transaction (ADR 026). */
class QueriesWithoutTransactionIT {

    @Test
    void a_query_is_handled_outside_any_transaction() {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(PartnershipLedgerApplication.class,
                TransactionProbe.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:queries-without-transaction;DB_CLOSE_DELAY=-1")) {

            Boolean inTransaction = service.getBean(QueryGateway.class)
                    .query(new WhetherInTransaction(), Boolean.class).join();

            assertThat(inTransaction).isFalse();
        }
    }

    record WhetherInTransaction() {
    }

    /** A query handler that tells whether it runs in a transaction. */
    static class TransactionProbe {

        @QueryHandler
        Boolean handle(WhetherInTransaction query) {
            return TransactionSynchronizationManager.isActualTransactionActive();
        }
    }
}
