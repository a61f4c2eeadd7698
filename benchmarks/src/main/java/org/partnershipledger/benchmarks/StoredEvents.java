package org.partnershipledger.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * Direct access to the service's event store table, used only while the service is stopped, to give it histories
 * that would take hours to create over HTTP: the event store's own rows, copied, keep every event real.
 */
final class StoredEvents {

    /** Every UUID in a row; a copy replaces its first eight hex digits by the copy's number, the same way everywhere. */
    private static final String UUID_PATTERN =
            "[0-9a-f]{8}(-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";

    private final Database.Schema schema;

    StoredEvents(Database.Schema schema) {
        this.schema = schema;
    }

    long count() {
        return single("SELECT COUNT(*) FROM domain_event_entry");
    }

    long head() {
        return single("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry");
    }

    /** Events appended after a position, however the positions between them were spent (a rolled-back append). */
    long countAfter(long position) {
        return single("SELECT COUNT(*) FROM domain_event_entry WHERE global_index > " + position);
    }

    long chainedUpTo() {
        return single("SELECT last_global_index FROM hash_chain_head");
    }

    /**
     * Copies the whole stored history as often as needed to hold at least {@code target} events. Each copy renames every
     * partnership, partner, vetting and event (all are UUIDs or contain one) consistently, so the copies are
     * independent histories that reach the read models as new partnerships, in the original order.
     *
     * @return the number of events stored afterwards
     */
    long copyHistoryUntil(long target) {
        long original = head();
        long copy = 0;
        while (count() < target) {
            copy++;
            String prefix = String.format("%08x", 0xB0000000L + copy);
            execute("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    SELECT regexp_replace(event_identifier, '%1$s', '%2$s\\1', 'g'),
                           regexp_replace(aggregate_identifier, '%1$s', '%2$s\\1', 'g'),
                           sequence_number, type, time_stamp, payload_type, payload_revision,
                           convert_to(regexp_replace(convert_from(payload, 'UTF8'), '%1$s', '%2$s\\1', 'g'), 'UTF8'),
                           convert_to(regexp_replace(convert_from(meta_data, 'UTF8'), '%1$s', '%2$s\\1', 'g'), 'UTF8')
                    FROM domain_event_entry WHERE global_index <= %3$d ORDER BY global_index
                    """.formatted(UUID_PATTERN, prefix, original));
        }
        return count();
    }

    /**
     * Grows each aggregate's history to {@code events} events by repeating its last event, as if the same correction
     * had been recorded again and again: event-sourcing handlers only assign state, so the aggregate still loads.
     */
    void repeatLastEventUntil(Collection<String> aggregates, int events) {
        for (String aggregate : aggregates) {
            execute("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    SELECT gen_random_uuid()::text, e.aggregate_identifier, e.sequence_number + g, e.type, e.time_stamp,
                           e.payload_type, e.payload_revision, e.payload, e.meta_data
                    FROM domain_event_entry e, generate_series(1, %2$d - 1 - e.sequence_number) g
                    WHERE e.aggregate_identifier = '%1$s'
                      AND e.sequence_number = (SELECT MAX(sequence_number) FROM domain_event_entry
                                               WHERE aggregate_identifier = '%1$s')
                    ORDER BY g
                    """.formatted(aggregate, events));
        }
    }

    /** Removes the tracking tokens of processors, which then start again where their configuration says. */
    void forgetTokens(Collection<String> processors) {
        try (Connection connection = schema.connect();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM token_entry WHERE processor_name = ?")) {
            for (String processor : processors) {
                delete.setString(1, processor);
                delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long eventsOf(String aggregate) {
        return single("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = '" + aggregate + "'");
    }

    private long single(String sql) {
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
