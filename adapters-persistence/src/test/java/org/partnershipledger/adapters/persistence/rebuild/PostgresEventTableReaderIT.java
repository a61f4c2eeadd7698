package org.partnershipledger.adapters.persistence.rebuild;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.adapters.persistence.TestDatabases;
import org.partnershipledger.adapters.persistence.eventstore.EventStoreSchema;
import org.partnershipledger.testsupport.PostgresTestDatabase;
import org.partnershipledger.testsupport.RequiresPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rebuild's read of the event table by a binary copy, on PostgreSQL through a pool of one connection. */
@RequiresPostgres
class PostgresEventTableReaderIT {

    private HikariDataSource pool;
    private JdbcClient jdbc;
    private EventTableReader reader;

    @BeforeEach
    void onePooledConnection() {
        String url = PostgresTestDatabase.urlOfNewSchema();
        // Flyway holds a lock on one connection while it migrates on another: not through the pool of one.
        TestDatabases.migrated(new DriverManagerDataSource(url, PostgresTestDatabase.username(),
                PostgresTestDatabase.password()), "postgresql");
        pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(PostgresTestDatabase.username());
        pool.setPassword(PostgresTestDatabase.password());
        pool.setMaximumPoolSize(1);
        jdbc = JdbcClient.create(pool);
        reader = new EventTableReader(pool, EventStoreSchema.events(), JacksonSerializer.defaultSerializer(),
                NoOpEventUpcaster.INSTANCE, Duration.ofSeconds(60));
        // Stored out of aggregate order, with text that is not ASCII.
        store("b-aggregate", 0, "2026-12-07T13:50:52.770Z", "{\"name\":\"Tostan\"}", "{\"user\":\"officer\"}");
        store("a-aggregate", 0, "2026-12-07T13:50:53.001Z", "{\"name\":\"Radio Sahel — Dakar\"}", "{}");
        store("a-aggregate", 1, "2026-12-07T13:50:54.5Z", "{\"name\":\"Université\"}", "{}");
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void reads_every_column_aggregate_by_aggregate_with_the_token_after_the_last_index() {
        List<TrackedEventMessage<?>> read = new ArrayList<>();

        var token = reader.read(3, Instant.parse("2026-12-07T13:50:54.5Z").plusSeconds(3600), read::add);

        assertThat(read).extracting(message -> ((DomainEventMessage<?>) message).getAggregateIdentifier() + "#"
                + ((DomainEventMessage<?>) message).getSequenceNumber())
                .containsExactly("a-aggregate#0", "a-aggregate#1", "b-aggregate#0");
        assertThat(read).extracting(message -> message.trackingToken().position().orElseThrow())
                .containsExactly(2L, 3L, 1L);
        assertThat(read).extracting(TrackedEventMessage::getTimestamp).containsExactly(
                Instant.parse("2026-12-07T13:50:53.001Z"), Instant.parse("2026-12-07T13:50:54.500Z"),
                Instant.parse("2026-12-07T13:50:52.770Z"));
        assertThat(read).extracting(message -> (Object) ((Map<?, ?>) message.getPayload()).get("name"))
                .containsExactly("Radio Sahel — Dakar", "Université", "Tostan");
        assertThat(read.get(2).getMetaData().get("user")).isEqualTo("officer");
        assertThat(read.get(0).getMetaData()).isEmpty();
        assertThat(token.position()).hasValue(3);
        assertThat(((GapAwareTrackingToken) token).getGaps()).as("no index missing below the head").isEmpty();
    }

    @Test
    void a_handler_failing_midway_leaves_no_connection_out_of_step_in_the_pool() {
        assertThatThrownBy(() -> reader.read(3, Instant.now(), message -> {
            throw new IllegalStateException("a handler failed");
        })).hasMessage("a handler failed");

        // The pool's only connection, at once: it must answer this statement, not the abandoned copy.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single()).isEqualTo(3);
    }

    private void store(String aggregate, long sequence, String timestamp, String payload, String metaData) {
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                        time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, ?, 'Partnership', ?, 'java.util.LinkedHashMap', NULL, ?, ?)""")
                .params(aggregate + "-" + sequence, aggregate, sequence, timestamp,
                        payload.getBytes(StandardCharsets.UTF_8),
                        metaData.getBytes(StandardCharsets.UTF_8))
                .update();
    }
}
