package org.partnershipledger.app.operations;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import javax.sql.DataSource;
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

/**
 * The least CPU any rebuild of the read models must spend per event, measured beside PostgreSQL's streaming ceiling
 * (ADR 027): the server's backend must hand every row over, and the client must at least take each row apart and
 * tokenize its payload and metadata, since every projection folds what they say. Nothing is bound to objects, folded
 * or written, so a real rebuild costs more. Both sides' CPU comes from the kernel: the backend's from
 * {@code /proc/<pid>/stat} (PostgreSQL runs on this machine), the client's from its thread's CPU time.
 */
final class LeastRebuildWork {

    private static final String ALL_COLUMNS = "COPY (SELECT * FROM domain_event_entry) TO STDOUT (FORMAT binary)";
    private static final String FOLDED_COLUMNS = "COPY (SELECT global_index, aggregate_identifier, sequence_number, "
            + "payload_type, payload, meta_data FROM domain_event_entry) TO STDOUT (FORMAT binary)";
    private static final String FOLDED_COLUMNS_BY_AGGREGATE = "COPY (SELECT global_index, aggregate_identifier, "
            + "sequence_number, payload_type, payload, meta_data FROM domain_event_entry "
            + "ORDER BY aggregate_identifier, sequence_number) TO STDOUT (FORMAT binary)";
    private static final int BINARY_COPY_HEADER = 19;

    private LeastRebuildWork() {
    }

    static String measure(DataSource dataSource) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Run ceiling = best(dataSource, ALL_COLUMNS, false);
        Run least = best(dataSource, FOLDED_COLUMNS, true);
        Run byAggregate = best(dataSource, FOLDED_COLUMNS_BY_AGGREGATE, false);
        double ceilingRate = ceiling.rows / ceiling.seconds;
        double targetRate = ceilingRate / 2;
        double cpuAvailableMicros = cores / targetRate * 1e6;
        double leastCpuMicros = (least.backendCpuSeconds + least.clientCpuSeconds) / least.rows * 1e6;
        return String.format("""
                        binary streaming ceiling (COPY of every column, discarded): %d rows in %.2f s = %.0f rows/s; \
                        backend CPU %.2f µs/row, client CPU %.2f µs/row
                        least rebuild work (COPY of the folded columns, rows taken apart, payload and metadata \
                        tokenized): %d rows in %.2f s = %.0f rows/s = %.0f%% of the ceiling; backend CPU %.2f µs/row, \
                        client CPU %.2f µs/row, %.2f µs/event in all
                        at half the ceiling (%.0f events/s) %d cores give %.2f µs of CPU per event: the least work \
                        needs %.0f%% of it
                        the folded columns in the rebuild's order (by aggregate, then sequence number), discarded: \
                        %d rows in %.2f s = %.0f rows/s = %.0f%% of the ceiling; backend CPU %.2f µs/row%n""",
                ceiling.rows, ceiling.seconds, ceilingRate, ceiling.backendCpuSeconds / ceiling.rows * 1e6,
                ceiling.clientCpuSeconds / ceiling.rows * 1e6,
                least.rows, least.seconds, least.rows / least.seconds, 100 * least.rows / least.seconds / ceilingRate,
                least.backendCpuSeconds / least.rows * 1e6, least.clientCpuSeconds / least.rows * 1e6, leastCpuMicros,
                targetRate, cores, cpuAvailableMicros, 100 * leastCpuMicros / cpuAvailableMicros,
                byAggregate.rows, byAggregate.seconds, byAggregate.rows / byAggregate.seconds,
                100 * byAggregate.rows / byAggregate.seconds / ceilingRate,
                byAggregate.backendCpuSeconds / byAggregate.rows * 1e6);
    }

    private static Run best(DataSource dataSource, String copy, boolean tokenize) throws Exception {
        Run first = run(dataSource, copy, tokenize);
        Run second = run(dataSource, copy, tokenize);
        return first.seconds <= second.seconds ? first : second;
    }

    private static Run run(DataSource dataSource, String copy, boolean tokenize) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        JsonFactory json = new JsonFactory();
        try (Connection connection = dataSource.getConnection()) {
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

    private record Run(long rows, double seconds, double backendCpuSeconds, double clientCpuSeconds) {
    }
}
