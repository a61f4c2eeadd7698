package org.partnershipledger.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Projection lag as a client experiences it: from the moment a command's 2xx arrived to the moment the partnership's
 * read model shows that version. One thread polls the read model table for every outstanding version at once, every
 * two milliseconds, so the probe adds one small query per poll however many commands are in flight; the lag it
 * reports is an upper bound, late by at most one poll.
 */
final class ProjectionLag implements AutoCloseable {

    private static final long POLL_MILLIS = 2;

    private final ConcurrentLinkedQueue<Expected> arrivals = new ConcurrentLinkedQueue<>();
    private final Map<String, List<Expected>> outstanding = new HashMap<>();
    private final List<long[]> observed = new ArrayList<>();
    private final Connection connection;
    private final Thread poller;
    private volatile boolean running = true;

    ProjectionLag(Database.Schema schema) {
        try {
            connection = DriverManager.getConnection(schema.jdbcUrl(), schema.user(), schema.password());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        poller = new Thread(this::poll, "projection-lag-probe");
        poller.setDaemon(true);
        poller.start();
    }

    void expect(String partnershipId, long version, long acknowledgedAt) {
        arrivals.add(new Expected(partnershipId, version, acknowledgedAt));
    }

    /** Every lag observed so far, as pairs of (acknowledged at, lag) in nanoseconds. */
    synchronized List<long[]> observed() {
        return new ArrayList<>(observed);
    }

    synchronized int outstanding() {
        return outstanding.values().stream().mapToInt(List::size).sum();
    }

    private void poll() {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT partnership_id, version FROM partnership_view WHERE partnership_id = ANY (?)")) {
            while (running) {
                drainArrivals();
                String[] ids;
                synchronized (this) {
                    ids = outstanding.keySet().toArray(String[]::new);
                }
                if (ids.length > 0) {
                    Array array = connection.createArrayOf("varchar", ids);
                    query.setArray(1, array);
                    Map<String, Long> versions = new HashMap<>();
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            versions.put(rows.getString(1), rows.getLong(2));
                        }
                    }
                    settle(versions, System.nanoTime());
                }
                Pause.millis(POLL_MILLIS);
            }
        } catch (SQLException e) {
            if (running) {
                throw new IllegalStateException("The lag probe lost its database connection", e);
            }
        }
    }

    private synchronized void drainArrivals() {
        for (Expected expected; (expected = arrivals.poll()) != null; ) {
            outstanding.computeIfAbsent(expected.partnershipId(), id -> new ArrayList<>()).add(expected);
        }
    }

    private synchronized void settle(Map<String, Long> versions, long now) {
        versions.forEach((id, version) -> {
            List<Expected> waiting = outstanding.get(id);
            for (Iterator<Expected> each = waiting.iterator(); each.hasNext(); ) {
                Expected expected = each.next();
                if (version >= expected.version()) {
                    observed.add(new long[]{expected.acknowledgedAt(), now - expected.acknowledgedAt()});
                    each.remove();
                }
            }
            if (waiting.isEmpty()) {
                outstanding.remove(id);
            }
        });
    }

    /** Waits until every expected version is visible, or the timeout passes. */
    void awaitSettled(long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline && (!arrivals.isEmpty() || outstanding() > 0)) {
            Pause.millis(10);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            poller.join(1000);
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }

    private record Expected(String partnershipId, long version, long acknowledgedAt) {
    }
}
