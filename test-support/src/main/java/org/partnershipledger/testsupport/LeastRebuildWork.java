package org.partnershipledger.testsupport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The least CPU any rebuild of the read models must spend per stored event on PostgreSQL (ADR 027), measured beside the
 * streaming ceiling it is held against: a bound on how fast any rebuild can be on this machine, whatever its design.
 *
 * <ul>
 *   <li><b>Reading</b> ({@link #read}): the server's backend must hand every event over, and the client must at least
 *       take each row apart and tokenize its payload and metadata, since every projection folds what they say;
 *       nothing is bound to objects or folded.</li>
 *   <li><b>Loading</b> ({@link #load}): the rows the rebuilt read models have, rendered beforehand (copied out of the
 *       live tables, so no client work is counted), are copied into fresh logged tables without indexes, and each live
 *       table's indexes are then built on them, in one transaction: the cheapest way to crash-safe, indexed tables of
 *       those rows. Only the backend's CPU is counted; the WAL writer's and checkpointer's later work is left out.</li>
 * </ul>
 *
 * Both sides' CPU comes from the kernel: the backend's from {@code /proc/<pid>/stat} (PostgreSQL must run on this
 * machine), the client's from its thread's CPU time. A real rebuild does more of everything, so it cannot be faster
 * than {@link Floor#fastestRate()}.
 */
public final class LeastRebuildWork {

    private static final int BINARY_COPY_HEADER = 19;
    private static final String READ_MODEL_TABLES = """
            SELECT table_name FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
               AND (table_name LIKE 'partnership\\_view%' OR table_name LIKE 'vetting\\_view%'
                    OR table_name LIKE 'partner\\_registry%')
               AND table_name NOT LIKE '%\\_rebuild' ORDER BY table_name""";

    private LeastRebuildWork() {
    }

    /** One measured pass: its rows, wall time, and the backend's and this thread's CPU. */
    public record Run(long rows, double seconds, double backendCpuSeconds, double clientCpuSeconds) {

        public double rowsPerSecond() {
            return rows / seconds;
        }

        public double backendCpuMicrosPerRow() {
            return backendCpuSeconds / rows * 1e6;
        }

        public double clientCpuMicrosPerRow() {
            return clientCpuSeconds / rows * 1e6;
        }

        double cpuSeconds() {
            return backendCpuSeconds + clientCpuSeconds;
        }
    }

    /**
     * The least work of a rebuild of {@code events} stored events, on a machine of {@code cores} cores.
     *
     * @param read the least reading of every event
     * @param load the least loading of the rebuilt read models' rows
     */
    public record Floor(Run read, Run load, long events, int cores) {

        public double cpuMicrosPerEvent() {
            return (read.cpuSeconds() + load.cpuSeconds()) / events * 1e6;
        }

        /** Events per second if every core did nothing but the least work: no rebuild can be faster here. */
        public double fastestRate() {
            return cores / cpuMicrosPerEvent() * 1e6;
        }

        public String describe() {
            return String.format("least read (the folded columns copied in binary, rows taken apart, payload and "
                            + "metadata tokenized): %d rows in %.2f s, backend CPU %.2f µs/row, client CPU %.2f µs/row; "
                            + "least load (the rebuilt read models' %d rows into fresh logged tables, indexed, one "
                            + "transaction): %.2f s, backend CPU %.2f µs/row; %.2f µs of CPU per stored event in all, "
                            + "so on %d cores no rebuild is faster than %.0f events/s",
                    read.rows, read.seconds, read.backendCpuMicrosPerRow(), read.clientCpuMicrosPerRow(), load.rows,
                    load.seconds, load.backendCpuMicrosPerRow(), cpuMicrosPerEvent(), cores, fastestRate());
        }
    }

    /** Both halves, on the event table and the read-model tables of the connection's current schema. */
    public static Floor measure(Connection connection) throws SQLException, IOException {
        Run read = best(connection, "COPY (SELECT global_index, aggregate_identifier, sequence_number, payload_type, "
                + "payload, meta_data FROM domain_event_entry) TO STDOUT (FORMAT binary)", true);
        Run load = load(connection);
        return new Floor(read, load, read.rows, Runtime.getRuntime().availableProcessors());
    }

    /** The better of two passes of {@code copy}; with {@code tokenize}, the last two columns are tokenized as JSON. */
    public static Run best(Connection connection, String copy, boolean tokenize) throws SQLException, IOException {
        Run first = read(connection, copy, tokenize);
        Run second = read(connection, copy, tokenize);
        return first.seconds <= second.seconds ? first : second;
    }

    /** One pass of a binary {@code COPY ... TO STDOUT}, its rows taken apart. */
    public static Run read(Connection connection, String copy, boolean tokenize) throws SQLException, IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        JsonFactory json = new JsonFactory();
        long backend = backendPid(connection);
        double backendBefore = cpuSecondsOf(backend);
        long clientBefore = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        CopyOut out = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(copy);
        long rows = 0;
        boolean header = true;
        for (byte[] message = out.readFromCopy(); message != null; message = out.readFromCopy()) {
            ByteBuffer tuple = ByteBuffer.wrap(message);
            if (header) {
                tuple.position(BINARY_COPY_HEADER + tuple.getInt(BINARY_COPY_HEADER - 4));
                header = false;
            }
            short fields = tuple.getShort();
            if (fields < 0) {
                continue;
            }
            for (int field = 0; field < fields; field++) {
                int length = tuple.getInt();
                if (length > 0) {
                    if (tokenize && field >= fields - 2) {
                        tokenize(json, message, tuple.position(), length);
                    }
                    tuple.position(tuple.position() + length);
                }
            }
            rows++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double clientSeconds = (threads.getCurrentThreadCpuTime() - clientBefore) / 1e9;
        return new Run(rows, seconds, cpuSecondsOf(backend) - backendBefore, clientSeconds);
    }

    /** The least loading of the read-model tables of the connection's current schema; they are left as they were. */
    public static Run load(Connection connection) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<String> tables = readModelTables(connection);
        List<byte[]> rendered = new ArrayList<>();
        List<List<String>> indexes = new ArrayList<>();
        for (String table : tables) {
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            copy.copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", rows);
            rendered.add(rows.toByteArray());
            indexes.add(indexesOf(connection, table));
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long backend = backendPid(connection);
            double before = cpuSecondsOf(backend);
            long start = System.nanoTime();
            long rows = 0;
            try (Statement statement = connection.createStatement()) {
                for (int i = 0; i < tables.size(); i++) {
                    String fresh = "least_load_" + i;
                    statement.execute("CREATE TABLE " + fresh + " (LIKE " + tables.get(i) + " INCLUDING DEFAULTS)");
                    rows += copy.copyIn("COPY " + fresh + " FROM STDIN (FORMAT binary)",
                            new ByteArrayInputStream(rendered.get(i)));
                    for (int n = 0; n < indexes.get(i).size(); n++) {
                        statement.execute(onTable(indexes.get(i).get(n), fresh, fresh + "_" + n));
                    }
                }
            }
            connection.commit();
            Run load = new Run(rows, (System.nanoTime() - start) / 1e9, cpuSecondsOf(backend) - before, 0);
            try (Statement statement = connection.createStatement()) {
                for (int i = 0; i < tables.size(); i++) {
                    statement.execute("DROP TABLE least_load_" + i);
                }
            }
            connection.commit();
            return load;
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static List<String> readModelTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet names = statement.executeQuery(READ_MODEL_TABLES)) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        return tables;
    }

    private static List<String> indexesOf(Connection connection, String table) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet indexes = statement.executeQuery("SELECT indexdef FROM pg_indexes WHERE schemaname = "
                     + "current_schema() AND tablename = '" + table + "' ORDER BY indexname")) {
            while (indexes.next()) {
                definitions.add(indexes.getString(1));
            }
        }
        return definitions;
    }

    /** {@code CREATE [UNIQUE] INDEX name ON schema.table USING ...}, for the fresh table under a name of its own. */
    private static String onTable(String definition, String fresh, String name) {
        String kind = definition.startsWith("CREATE UNIQUE INDEX") ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
        return kind + name + " ON " + fresh + definition.substring(definition.indexOf(" USING "));
    }

    private static void tokenize(JsonFactory json, byte[] bytes, int offset, int length) throws IOException {
        try (JsonParser parser = json.createParser(bytes, offset, length)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken().isScalarValue()) {
                    parser.getText();
                }
            }
        }
    }

    private static long backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
            pid.next();
            return pid.getLong(1);
        }
    }

    /** utime and stime, fields 14 and 15 of {@code /proc/<pid>/stat}, in clock ticks of 1/100 s on Linux. */
    private static double cpuSecondsOf(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }
}
