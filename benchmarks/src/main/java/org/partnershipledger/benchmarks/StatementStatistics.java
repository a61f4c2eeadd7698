package org.partnershipledger.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * PostgreSQL's own count of the statements it ran ({@code pg_stat_statements}), for one role in this database: the
 * service's role, so the harness's probes (the lag poller's query every 2 ms) are not counted. benchmarks/run loads
 * the module and creates the extension; without them there are no counts, and the report says so.
 */
final class StatementStatistics {

    private static final String COUNTS = """
            SELECT s.queryid, min(s.query), sum(s.calls)
              FROM pg_stat_statements s
              JOIN pg_roles r ON r.oid = s.userid
              JOIN pg_database d ON d.oid = s.dbid
             WHERE r.rolname = ? AND d.datname = current_database()
             GROUP BY s.queryid""";

    private final Database.Schema schema;
    private final boolean available;

    StatementStatistics(Database.Schema schema) {
        this.schema = schema;
        this.available = answers(schema);
    }

    boolean available() {
        return available;
    }

    StatementCounts counts() {
        if (!available) {
            return StatementCounts.UNAVAILABLE;
        }
        try (Connection connection = schema.connect(); PreparedStatement query = connection.prepareStatement(COUNTS)) {
            query.setString(1, schema.serviceRole());
            Map<Long, StatementCounts.Counted> counts = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getLong(1), new StatementCounts.Counted(rows.getString(2), rows.getLong(3)));
                }
            }
            return new StatementCounts(true, counts);
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements stopped answering", e);
        }
    }

    /** Whether the view answers: it exists only with the extension, and fails unless the module was preloaded. */
    private static boolean answers(Database.Schema schema) {
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM pg_stat_statements").close();
            return true;
        } catch (SQLException missing) {
            System.out.println("pg_stat_statements does not answer (" + missing.getMessage().strip()
                    + "): no SQL counts. benchmarks/run enables it.");
            return false;
        }
    }
}
