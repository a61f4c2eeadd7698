package org.partnershipledger.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * The ceiling: how many single-row transactions per second the same PostgreSQL commits at the same concurrency, each
 * thread inserting one row of about an event's size and committing it, on a connection of its own. Every command
 * the service accepts needs at least one such commit, so no configuration of the service can exceed this rate.
 */
final class RawCommitRate {

    static final int ROW_BYTES = 1024;

    private RawCommitRate() {
    }

    static double measure(Database.Schema schema, int concurrency, Duration duration) {
        try (Connection setup = schema.connect(); Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS raw_commit (id BIGSERIAL PRIMARY KEY, payload BYTEA NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        LongAdder commits = new LongAdder();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int each = 0; each < concurrency; each++) {
            Thread thread = new Thread(() -> insertUntil(schema, deadline, commits), "raw-commit-" + each);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return commits.sum() / ((System.nanoTime() - start) / 1e9);
    }

    private static void insertUntil(Database.Schema schema, long deadline, LongAdder commits) {
        byte[] payload = new byte[ROW_BYTES];
        try (Connection connection = schema.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO raw_commit (payload) VALUES (?)")) {
            connection.setAutoCommit(true);
            while (System.nanoTime() < deadline) {
                ThreadLocalRandom.current().nextBytes(payload);
                insert.setBytes(1, payload);
                insert.executeUpdate();
                commits.increment();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
