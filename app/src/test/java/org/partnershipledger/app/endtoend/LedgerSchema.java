package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnershipledger.testsupport.PostgresTestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.fail;

/**
 * The database of service processes, as the test reads it from outside: the event store, the processors' tokens and
 * who owns them. One connection, used by the test's own thread only.
 */
final class LedgerSchema implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SingleConnectionDataSource dataSource;
    private final JdbcClient jdbc;

    LedgerSchema(String url) {
        dataSource = new SingleConnectionDataSource(url, PostgresTestDatabase.username(), PostgresTestDatabase.password(),
                true);
        jdbc = JdbcClient.create(dataSource);
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    long head() {
        Long head = jdbc.sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class).single();
        return head == null ? 0 : head;
    }

    boolean stored(String aggregateId, long sequenceNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?")
                .params(aggregateId, sequenceNumber).query(Long.class).single() == 1;
    }

    /** The sequence number of the aggregate's last event: the version every read of it must show. */
    long lastSequenceOf(String aggregateId) {
        return jdbc.sql("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    /** How many events of the given type (simple class name) the aggregate has. */
    long eventsOf(String aggregateId, String eventType) {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?")
                .params(aggregateId, "%." + eventType).query(Long.class).single();
    }

    long events(String eventType) {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type LIKE ?")
                .param("%." + eventType).query(Long.class).single();
    }

    /** For each processor, the owner of each of its segments ({@code null} where unclaimed). */
    Map<String, Map<Integer, String>> owners() {
        Map<String, Map<Integer, String>> owners = new TreeMap<>();
        jdbc.sql("SELECT processor_name, segment, owner FROM token_entry").query((rs, row) -> {
            owners.computeIfAbsent(rs.getString(1), processor -> new TreeMap<>()).put(rs.getInt(2), rs.getString(3));
            return null;
        }).list();
        return owners;
    }

    /**
     * Waits until every processor's every segment has reached the head of the event store, and the head stayed where
     * it was meanwhile (the vetting process acts on events by storing more); answers that head.
     */
    long awaitCaughtUp(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        long head = -1;
        while (true) {
            long now = head();
            if (now == head && behind(now).isEmpty()) {
                return now;
            }
            if (Instant.now().isAfter(deadline)) {
                fail("the processors did not catch up with head " + now + " within " + timeout + ": " + behind(now));
            }
            head = now;
            sleep(500);
        }
    }

    /** The segments whose token is behind the given position, with the position they reached. */
    Map<String, Long> behind(long head) {
        Map<String, Long> behind = new TreeMap<>();
        jdbc.sql("SELECT processor_name, segment, token FROM token_entry").query((rs, row) -> {
            long position = position(rs.getBytes(3));
            if (position < head) {
                behind.put(rs.getString(1) + "/" + rs.getInt(2), position);
            }
            return null;
        }).list();
        return behind;
    }

    /** The event-store position a serialized token stands at; the lowest one where a token wraps others. */
    private static long position(byte[] token) {
        if (token == null) {
            return -1;
        }
        try {
            List<JsonNode> indexes = JSON.readTree(token).findValues("index");
            return indexes.stream().mapToLong(JsonNode::asLong).min().orElse(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
