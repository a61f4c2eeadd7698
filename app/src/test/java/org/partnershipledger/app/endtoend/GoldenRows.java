package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * The golden rows of issue 14: the rows of Axon's tables exactly as one version of the service stored them, kept so
 * that every later version proves it still reads them. One JSON Lines file per table under
 * {@code golden-rows/<database>/}, a row per line, every column by its (lower-case) name in the table's order:
 * {@code null}, a number for integer columns, the text for text columns, Base64 for binary ones; and
 * {@code export.properties}, what the export recorded about itself. {@code golden-rows/README.md} says more.
 *
 * <p>Only this class reads and writes the format, so that a change of the JSON library touches one place.
 */
final class GoldenRows {

    /** Where the rows are, on the test class path and under {@code src/test/resources}. */
    static final String ROOT = "golden-rows";
    static final String EXPORT_PROPERTIES = "export.properties";

    /**
     * Axon's tables, each with the columns its rows are ordered by. No saga tables: the service has no sagas (ADR 010).
     * The snapshot table is empty: aggregates are cached, never snapshotted (ADR 016).
     */
    static final Map<String, String> TABLES = orderedMap(
            "domain_event_entry", "global_index",
            "snapshot_event_entry", "aggregate_identifier, sequence_number",
            "token_entry", "processor_name, segment",
            "dead_letter_entry", "processing_group, sequence_identifier, sequence_index");

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldenRows() {
    }

    /** The directory of a database's rows, named as Flyway's {@code {vendor}} names its migrations. */
    static String directoryOf(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return switch (product) {
            case "H2" -> "h2";
            case "PostgreSQL" -> "postgresql";
            default -> throw new IllegalStateException("no golden rows for a " + product + " database");
        };
    }

    // ---- one row ------------------------------------------------------------------------------------------------

    /** A golden row: each column's value as the file holds it ({@code null}, a {@code Long} or a {@code String}). */
    record Row(Map<String, Object> columns) {

        String text(String column) {
            return (String) columns.get(column);
        }

        long number(String column) {
            return ((Number) columns.get(column)).longValue();
        }

        /** A binary column's bytes, {@code null} where the column is. */
        byte[] bytes(String column) {
            String base64 = text(column);
            return base64 == null ? null : Base64.getDecoder().decode(base64);
        }
    }

    // ---- export -------------------------------------------------------------------------------------------------

    /** Writes every row of each of Axon's tables, in order, into a file of its own in the directory. */
    static void export(Connection connection, Path directory) throws SQLException, IOException {
        Files.createDirectories(directory);
        for (Map.Entry<String, String> table : TABLES.entrySet()) {
            try (Statement select = connection.createStatement();
                 ResultSet rows = select.executeQuery("SELECT * FROM " + table.getKey() + " ORDER BY "
                         + table.getValue());
                 Writer out = Files.newBufferedWriter(directory.resolve(fileOf(table.getKey())),
                         StandardCharsets.UTF_8)) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    ObjectNode line = JSON.createObjectNode();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        String name = columns.getColumnName(i).toLowerCase(Locale.ROOT);
                        if (isBinary(columns.getColumnType(i))) {
                            byte[] bytes = rows.getBytes(i);
                            line.put(name, bytes == null ? null : Base64.getEncoder().encodeToString(bytes));
                        } else if (isInteger(columns.getColumnType(i))) {
                            long number = rows.getLong(i);
                            if (rows.wasNull()) {
                                line.putNull(name);
                            } else {
                                line.put(name, number);
                            }
                        } else {
                            line.put(name, rows.getString(i));
                        }
                    }
                    out.write(JSON.writeValueAsString(line));
                    out.write('\n');
                }
            }
        }
    }

    // ---- reading and loading ------------------------------------------------------------------------------------

    /** The golden rows of one table of a database, in the order they were exported. */
    static List<Row> rows(String database, String table) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = resource(database, fileOf(table));
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> columns = JSON.readValue(line, LinkedHashMap.class);
                columns.replaceAll((column, value) -> value instanceof Number number ? number.longValue() : value);
                rows.add(new Row(Collections.unmodifiableMap(columns)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** What the export recorded about itself: when, by which version, from which database, and the records' ids. */
    static Properties exportProperties(String database) {
        Properties properties = new Properties();
        try (InputStream in = resource(database, EXPORT_PROPERTIES)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * Inserts every golden row of the connection's database into its (migrated, empty) tables, as a restore of a
     * backup would, and moves the global index sequence past the rows, so that the next event stored follows them.
     */
    static void load(Connection connection) throws SQLException {
        String database = directoryOf(connection);
        for (String table : TABLES.keySet()) {
            List<Row> rows = rows(database, table);
            if (rows.isEmpty()) {
                continue;
            }
            List<String> columns = List.copyOf(rows.get(0).columns().keySet());
            Map<String, Integer> types = columnTypes(connection, table);
            StringJoiner placeholders = new StringJoiner(", ");
            columns.forEach(column -> placeholders.add("?"));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " ("
                    + String.join(", ", columns) + ") VALUES (" + placeholders + ")")) {
                for (Row row : rows) {
                    for (int i = 0; i < columns.size(); i++) {
                        bind(insert, i + 1, types.get(columns.get(i)), row, columns.get(i));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        long head = rows(database, "domain_event_entry").stream().mapToLong(row -> row.number("global_index")).max()
                .orElse(0);
        try (Statement sequence = connection.createStatement()) {
            sequence.execute(database.equals("h2")
                    ? "ALTER SEQUENCE domain_event_entry_global_index_seq RESTART WITH " + (head + 1)
                    : "SELECT setval('domain_event_entry_global_index_seq', " + Math.max(head, 1) + ", " + (head > 0)
                    + ")");
        }
    }

    private static void bind(PreparedStatement insert, int index, Integer type, Row row, String column)
            throws SQLException {
        if (type == null) {
            throw new IllegalStateException("the golden rows have a column " + column + " the table does not");
        }
        Object value = row.columns().get(column);
        if (value == null) {
            insert.setNull(index, type);
        } else if (isBinary(type)) {
            insert.setBytes(index, row.bytes(column));
        } else if (isInteger(type)) {
            insert.setLong(index, row.number(column));
        } else {
            insert.setString(index, row.text(column));
        }
    }

    /** Each column of the table, by lower-case name, with its JDBC type. */
    private static Map<String, Integer> columnTypes(Connection connection, String table) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (Statement select = connection.createStatement();
             ResultSet none = select.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData columns = none.getMetaData();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                types.put(columns.getColumnName(i).toLowerCase(Locale.ROOT), columns.getColumnType(i));
            }
        }
        return types;
    }

    private static boolean isBinary(int type) {
        return type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB;
    }

    private static boolean isInteger(int type) {
        return type == Types.BIGINT || type == Types.INTEGER || type == Types.SMALLINT;
    }

    private static String fileOf(String table) {
        return table + ".jsonl";
    }

    private static InputStream resource(String database, String file) {
        String path = "/" + ROOT + "/" + database + "/" + file;
        InputStream in = GoldenRows.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("no golden rows at " + path + " on the test class path");
        }
        return in;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
