package org.partnershipledger.adapters.persistence.rebuild;

import org.partnershipledger.adapters.persistence.tables.ReadModelTable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.core.BaseConnection;
import org.postgresql.jdbc.TimestampUtils;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.LongConsumer;

/**
 * Writes rows into a table with PostgreSQL's {@code COPY ... FROM STDIN (FORMAT csv)} through the driver's copy API,
 * in chunks of about {@value #CHUNK_BYTES} bytes. Values are rendered as text the way the driver renders them for a
 * bound parameter (its own timestamp and date formatting), so that PostgreSQL parses exactly what the live stores'
 * statements would have sent. Loaded only on PostgreSQL.
 */
final class PostgresCopy {

    private static final int CHUNK_BYTES = 1 << 16;

    private PostgresCopy() {
    }

    static void copy(Connection connection, ReadModelTable table, RebuiltReadModel model, LongConsumer loaded)
            throws SQLException {
        TimestampUtils timestamps = connection.unwrap(BaseConnection.class).getTimestampUtils();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "COPY " + table.shadow() + " (" + table.columnList() + ") FROM STDIN WITH (FORMAT csv)");
        try {
            ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK_BYTES + 4096);
            StringBuilder line = new StringBuilder(1024);
            long[] pending = {0};
            model.rows(table, values -> {
                line.setLength(0);
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    if (values[i] != null) {
                        quoted(line, text(values[i], timestamps));
                    }
                }
                line.append('\n');
                byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
                chunk.write(bytes, 0, bytes.length);
                pending[0]++;
                if (chunk.size() >= CHUNK_BYTES) {
                    write(copy, chunk);
                    loaded.accept(pending[0]);
                    pending[0] = 0;
                }
            });
            write(copy, chunk);
            copy.endCopy();
            loaded.accept(pending[0]);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void write(CopyIn copy, ByteArrayOutputStream chunk) {
        if (chunk.size() == 0) {
            return;
        }
        try {
            copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed", e);
        }
        chunk.reset();
    }

    private static String text(Object value, TimestampUtils timestamps) {
        if (value instanceof OffsetDateTime instant) {
            return timestamps.toString(instant);
        }
        if (value instanceof LocalDate date) {
            return timestamps.toString(date);
        }
        return value.toString();
    }

    /** CSV: every value quoted, so that an empty text is told from NULL (an empty unquoted field). */
    private static void quoted(StringBuilder line, String text) {
        line.append('"');
        int from = 0;
        // Appended in runs between quotes, each quote doubled: a JSON document is mostly runs.
        for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', from)) {
            line.append(text, from, quote + 1).append('"');
            from = quote + 1;
        }
        line.append(text, from, text.length()).append('"');
    }
}
