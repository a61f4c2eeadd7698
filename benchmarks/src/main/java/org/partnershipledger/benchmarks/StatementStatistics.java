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

    /** Where the view lives: the extension's schema, which a schema's own search path does not include. */
    private static final String VIEW_SCHEMA = """
            SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
             WHERE e.extname = 'pg_stat_statements'""";
    private static final String COUNTS = """
            SELECT s.queryid, min(s.query), sum(s.calls)
              FROM %s.pg_stat_statements s
              JOIN pg_roles r ON r.oid = s.userid
              JOIN pg_database d ON d.oid = s.dbid
             WHERE r.rolname = ? AND d.datname = current_database()
             GROUP BY s.queryid""";

    private final Database.Schema schema;
    private final String counts;

    StatementStatistics(Database.Schema schema) {
        this.schema = schema;
        String viewSchema = viewSchema(schema);
        this.counts = viewSchema == null ? null : COUNTS.formatted(viewSchema);
    }

    boolean available() {
        return counts != null;
    }

    StatementCounts counts() {
        if (!available()) {
            return StatementCounts.UNAVAILABLE;
        }
        try (Connection connection = schema.connect(); PreparedStatement query = connection.prepareStatement(counts)) {
            query.setString(1, schema.serviceRole());
            Map<Long, StatementCounts.Counted> byQueryId = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byQueryId.put(rows.getLong(1), new StatementCounts.Counted(rows.getString(2), rows.getLong(3)));
                }
            }
            return new StatementCounts(true, byQueryId);
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements stopped answering", e);
        }
    }

    /**
     * The schema of the extension's view, or null if the view does not answer: it exists only with the extension, and
     * fails unless the module was preloaded.
     */
    private static String viewSchema(Database.Schema schema) {
        try (Connection connection = schema.connect(); Statement statement = connection.createStatement();
             ResultSet extension = statement.executeQuery(VIEW_SCHEMA)) {
            if (!extension.next()) {
                System.out.println("No pg_stat_statements extension in this database: no SQL counts. "
                        + "benchmarks/run creates it.");
                return null;
            }
            String viewSchema = extension.getString(1);
            statement.executeQuery("SELECT count(*) FROM " + viewSchema + ".pg_stat_statements").close();
            return viewSchema;
        } catch (SQLException missing) {
            System.out.println("pg_stat_statements does not answer (" + missing.getMessage().strip()
                    + "): no SQL counts. benchmarks/run enables it.");
            return null;
        }
    }
}
