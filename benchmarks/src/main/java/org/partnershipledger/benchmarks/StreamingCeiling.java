package org.partnershipledger.benchmarks;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * How fast this PostgreSQL can hand the event table to a client at all: {@code COPY ... TO STDOUT (FORMAT binary)}
 * through the driver into a stream that discards it, so nothing but the server, the socket and the driver's reading is
 * timed. A rebuild that reads every event cannot be faster; issue 13 measures replay against it.
 */
final class StreamingCeiling {

    private final Database.Schema schema;

    StreamingCeiling(Database.Schema schema) {
        this.schema = schema;
    }

    /** The better of {@code attempts} full copies: the first may pay for reading pages the cache lacks. */
    Result measure(int attempts) {
        Result best = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            Result copy = copyOnce();
            if (best == null || copy.rowsPerSecond() > best.rowsPerSecond()) {
                best = copy;
            }
        }
        return best;
    }

    private Result copyOnce() {
        try (Connection connection = schema.connect()) {
            long start = System.nanoTime();
            long rows = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(
                    "COPY (SELECT * FROM " + schema.name() + ".domain_event_entry) TO STDOUT (FORMAT binary)",
                    OutputStream.nullOutputStream());
            return new Result(rows, (System.nanoTime() - start) / 1e9);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY of the event table failed", e);
        }
    }

    record Result(long rows, double seconds) {

        double rowsPerSecond() {
            return rows / seconds;
        }

        /** A rate as a percentage of this ceiling. */
        double percentOf(double perSecond) {
            return 100 * perSecond / rowsPerSecond();
        }
    }
}
