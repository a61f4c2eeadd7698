package org.partnershipledger.app.config;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's JDBC and transaction auto-configurations come after Spring Boot's data source and transaction manager
 * ({@link AxonAfterSpringInfrastructure}, ADR 001): the event store, the token store and Axon's transactions are the
 * relational ones. Without that ordering, Axon 4.13.0 on Spring Boot 4 starts with no event store at all. Once an Axon
 * release orders itself, this test says whether the class can go.
 */
class AxonOnSpringInfrastructureIT {

    @Test
    void axon_stores_events_and_tokens_in_the_database_within_springs_transactions() {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(PartnershipLedgerApplication.class)
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:axon-on-spring-infrastructure;DB_CLOSE_DELAY=-1")) {

            assertThat(service.getBean(EventStore.class)).isInstanceOf(EmbeddedEventStore.class);
            assertThat(service.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
            assertThat(service.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
            assertThat(service.getBean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
        }
    }
}
