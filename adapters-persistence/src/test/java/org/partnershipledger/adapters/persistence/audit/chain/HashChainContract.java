package org.partnershipledger.adapters.persistence.audit.chain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnershipledger.adapters.persistence.TestDatabases;
import org.partnershipledger.application.audit.chain.ChainExtension;
import org.partnershipledger.application.audit.chain.ChainLinks;
import org.partnershipledger.application.audit.chain.ChainedEvent;
import org.partnershipledger.application.audit.chain.Checkpoint;
import org.partnershipledger.application.audit.chain.HashChainVerifier;
import org.partnershipledger.application.audit.chain.StoredEvent;
import org.partnershipledger.application.audit.chain.SuppliedCheckpoint;
import org.partnershipledger.application.audit.chain.VerificationReport;
import org.partnershipledger.application.audit.chain.VerificationStatus;
import org.partnershipledger.testsupport.MutableClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain on a real database, run against each vendor by a subclass: events are written to
 * {@code domain_event_entry} as the event store writes them (the global index from the sequence), then chained,
 * altered with SQL and verified. Each test has an empty database of its own, with several connections, so that
 * transactions really run side by side.
 */
abstract class HashChainContract {

    static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);
    static final HashChainSettings SETTINGS = new HashChainSettings(3, GAP_TIMEOUT, 4, Duration.ofHours(1));

    private final Map<String, Long> sequences = new HashMap<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));
    private DataSource database;
    private JdbcClient jdbc;
    private JdbcHashChainer chainer;
    private JdbcHashChainStore store;

    /** A new, empty database with a connection per request. */
    protected abstract DataSource newDatabase();

    protected abstract String vendor();

    @BeforeEach
    void migrate() {
        database = TestDatabases.migrated(newDatabase(), vendor());
        jdbc = JdbcClient.create(database);
        chainer = chainer();
        store = new JdbcHashChainStore(jdbc);
    }

    private JdbcHashChainer chainer() {
        return new JdbcHashChainer(jdbc, new DataSourceTransactionManager(database), clock, SETTINGS);
    }

    /** Two links at a time, so that every verification here pages. */
    private VerificationReport verify() {
        return new HashChainVerifier(store, clock, 2).verify();
    }

    @Test
    void every_stored_event_is_chained_in_global_index_order_and_verifies() {
        List<String> events = storeEvents(7);

        ChainExtension extension = chainer.extend();

        assertThat(extension.linked()).isEqualTo(7);
        assertThat(extension.chainLength()).isEqualTo(7);
        assertThat(extension.waitingForGlobalIndex()).isNull();
        assertThat(jdbc.sql("SELECT event_identifier FROM hash_chain_link ORDER BY chain_position").query(String.class)
                .list()).isEqualTo(events);
        VerificationReport report = verify();
        assertThat(report.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(report.verifiedEvents()).isEqualTo(7);
        assertThat(report.chainLength()).isEqualTo(7);
        assertThat(report.eventsAwaitingChain()).isZero();
    }

    @Test
    void a_later_run_chains_only_the_events_stored_since_and_links_them_to_the_chain_so_far() {
        storeEvents(5);
        chainer.extend();
        storeEvents(2);

        ChainExtension extension = chainer.extend();

        assertThat(extension.linked()).isEqualTo(2);
        assertThat(extension.chainLength()).isEqualTo(7);
        assertThat(verify().verifiedEvents()).isEqualTo(7);
        assertThat(chainer.extend().linked()).as("nothing new").isZero();
    }

    @Test
    void an_altered_payload_names_exactly_that_event_and_the_others_still_verify() {
        List<String> events = storeEvents(5);
        chainer.extend();
        String altered = events.get(2);

        jdbc.sql("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?")
                .params("{\"title\":\"a better story\"}".getBytes(StandardCharsets.UTF_8), altered).update();

        VerificationReport report = verify();
        assertThat(report.status()).isEqualTo(VerificationStatus.TAMPERED);
        assertThat(report.firstTamperedEvent()).isEqualTo(chained(3, altered));
        assertThat(report.tamperedEvents()).isEqualTo(1);
        assertThat(report.verifiedEvents()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "event_identifier     | event_identifier = 'another-id'",
            "aggregate_identifier | aggregate_identifier = 'another-aggregate'",
            "sequence_number      | sequence_number = 99",
            "type                 | type = 'Vetting'",
            "time_stamp           | time_stamp = '2020-01-01T00:00:00Z'",
            "payload_type         | payload_type = 'org.example.Other'",
            "payload_revision     | payload_revision = '2'",
            "payload_revision     | payload_revision = NULL",
            "meta_data            | meta_data = NULL"})
    void every_column_of_the_stored_event_is_covered(String column, String assignment) {
        List<String> events = storeEvents(3);
        chainer.extend();

        jdbc.sql("UPDATE domain_event_entry SET " + assignment + " WHERE event_identifier = ?").param(events.get(1))
                .update();

        VerificationReport report = verify();
        assertThat(report.status()).as(column).isEqualTo(VerificationStatus.TAMPERED);
        assertThat(report.firstTamperedEvent()).as("named as it was chained").isEqualTo(chained(2, events.get(1)));
    }

    @Test
    void a_deleted_event_is_reported_as_removed_with_its_global_index() {
        List<String> events = storeEvents(5);
        chainer.extend();
        String deleted = events.get(1);
        ChainedEvent expected = chained(2, deleted);

        jdbc.sql("DELETE FROM domain_event_entry WHERE event_identifier = ?").param(deleted).update();

        VerificationReport report = verify();
        assertThat(report.status()).isEqualTo(VerificationStatus.EVENTS_REMOVED);
        assertThat(report.firstRemovedEvent()).isEqualTo(expected);
        assertThat(report.removedEvents()).isEqualTo(1);
        assertThat(report.verifiedEvents()).isEqualTo(4);
        assertThat(report.tamperedEvents()).isZero();
    }

    @Test
    void a_global_index_skipped_by_a_rollback_is_recorded_as_a_gap_and_is_no_finding() throws SQLException {
        storeEvents(1);
        try (Connection rolledBack = database.getConnection()) {
            rolledBack.setAutoCommit(false);
            insert(rolledBack, "never-committed");
            rolledBack.rollback();
        }
        storeEvents(1);
        assertThat(globalIndexes()).containsExactly(1L, 3L);

        ChainExtension waiting = chainer.extend();
        assertThat(waiting.chainLength()).as("index 2 might still commit").isEqualTo(1);
        assertThat(waiting.waitingForGlobalIndex()).isEqualTo(2L);

        clock.advance(GAP_TIMEOUT);
        ChainExtension passed = chainer.extend();

        assertThat(passed.gapIndexesRecorded()).isEqualTo(1);
        assertThat(passed.chainLength()).isEqualTo(2);
        assertThat(passed.waitingForGlobalIndex()).isNull();
        VerificationReport report = verify();
        assertThat(report.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(report.verifiedEvents()).isEqualTo(2);
        assertThat(report.recordedGapIndexes()).isEqualTo(1);
    }

    @Test
    void a_slow_transaction_that_commits_an_earlier_index_later_is_waited_for_and_chained_in_order()
            throws SQLException {
        String slowEvent;
        try (Connection slow = database.getConnection()) {
            slow.setAutoCommit(false);
            slowEvent = insert(slow, "slow");
            String fastEvent = storeEvents(1).get(0);

            ChainExtension beforeCommit = chainer.extend();
            assertThat(beforeCommit.linked()).isZero();
            assertThat(beforeCommit.waitingForGlobalIndex()).isEqualTo(1L);

            slow.commit();
            clock.advance(Duration.ofSeconds(5));
            ChainExtension afterCommit = chainer.extend();

            assertThat(afterCommit.linked()).isEqualTo(2);
            assertThat(afterCommit.gapIndexesRecorded()).isZero();
            assertThat(jdbc.sql("SELECT event_identifier FROM hash_chain_link ORDER BY chain_position")
                    .query(String.class).list()).containsExactly(slowEvent, fastEvent);
        }
        assertThat(verify().status()).isEqualTo(VerificationStatus.VERIFIED);
    }

    @Test
    void an_event_committed_after_the_chain_passed_its_index_is_reported() throws SQLException {
        String lateEvent;
        try (Connection slow = database.getConnection()) {
            slow.setAutoCommit(false);
            lateEvent = insert(slow, "late");
            storeEvents(1);
            chainer.extend();
            clock.advance(GAP_TIMEOUT.plusSeconds(1));
            assertThat(chainer.extend().gapIndexesRecorded()).isEqualTo(1);
            slow.commit();
        }

        assertThat(chainer.extend().linked()).as("the chain never goes back").isZero();
        VerificationReport report = verify();

        assertThat(report.status()).isEqualTo(VerificationStatus.TAMPERED);
        assertThat(report.unchainedEvents()).isEqualTo(1);
        assertThat(report.firstUnchainedEvent().eventIdentifier()).isEqualTo(lateEvent);
        assertThat(report.firstUnchainedEvent().globalIndex()).isEqualTo(1);
        assertThat(report.verifiedEvents()).isEqualTo(1);
    }

    /**
     * Four chainers, as on four nodes, each with connections of its own, extend the chain while events are still
     * being stored. One at a time holds the head: the chain comes out whole, each event linked once, and no chainer
     * fails. Without the lock two of them would append at the same position and one would fail on the primary key.
     */
    @Test
    void concurrent_chainers_extend_one_chain_without_failing() throws Exception {
        int writers = 1;
        int chainers = 4;
        int events = 150;
        ExecutorService threads = Executors.newFixedThreadPool(writers + chainers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Callable<Long>> work = new ArrayList<>();
            work.add(() -> {
                start.await();
                storeEvents(events);
                return 0L;
            });
            for (int i = 0; i < chainers; i++) {
                JdbcHashChainer node = chainer();
                work.add(() -> {
                    start.await();
                    long linked = 0;
                    for (int run = 0; run < 20; run++) {
                        linked += node.extend().linked();
                    }
                    return linked;
                });
            }
            List<Future<Long>> results = new ArrayList<>();
            work.forEach(task -> results.add(threads.submit(task)));
            start.countDown();
            long linkedByAll = 0;
            for (Future<Long> result : results) {
                linkedByAll += result.get(60, TimeUnit.SECONDS);
            }
            linkedByAll += chainer.extend().linked();

            assertThat(linkedByAll).isEqualTo(events);
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*), MIN(chain_position), MAX(chain_position), COUNT(DISTINCT global_index)"
                        + " FROM hash_chain_link")
                .query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single())
                .containsExactly((long) events, 1L, (long) events, (long) events);
        VerificationReport report = verify();
        assertThat(report.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(report.verifiedEvents()).isEqualTo(events);
    }

    @Test
    void checkpoints_are_noted_every_few_links_and_on_schedule_and_listed_newest_first() {
        storeEvents(10);
        chainer.extend();
        assertThat(checkpointPositions()).as("every 4 links").containsExactly(8L, 4L);

        storeEvents(1);
        chainer.extend();
        assertThat(checkpointPositions()).as("not due yet").containsExactly(8L, 4L);

        clock.advance(Duration.ofHours(1));
        chainer.extend();
        assertThat(checkpointPositions()).as("an hour since the last one").containsExactly(11L, 8L, 4L);

        clock.advance(Duration.ofHours(1));
        chainer.extend();
        assertThat(checkpointPositions()).as("the chain did not grow").containsExactly(11L, 8L, 4L);

        Checkpoint newest = store.checkpoints(0, 1).items().get(0);
        assertThat(newest.link()).isEqualTo(linkAt(11));
        assertThat(newest.globalIndex()).isEqualTo(11);
        assertThat(store.checkpoints(0, 1).totalPages()).isEqualTo(3);
    }

    @Test
    void verification_names_the_latest_checkpoint_the_chain_still_agrees_with() {
        List<String> events = storeEvents(10);
        chainer.extend();
        assertThat(verify().latestAgreedCheckpoint().position()).isEqualTo(8);

        jdbc.sql("UPDATE domain_event_entry SET meta_data = ? WHERE event_identifier = ?")
                .params("{\"userId\":\"someone-else\"}".getBytes(StandardCharsets.UTF_8), events.get(5)).update();

        VerificationReport report = verify();
        assertThat(report.firstTamperedEvent().position()).isEqualTo(6);
        assertThat(report.latestAgreedCheckpoint().position()).isEqualTo(4);
    }

    /**
     * Someone with write access alters an event, recomputes every later link, and removes the checkpoints: the
     * database alone now verifies. A checkpoint an operator copied elsewhere before still shows it.
     */
    @Test
    void a_recomputed_chain_is_caught_by_a_checkpoint_kept_outside_the_database() {
        List<String> events = storeEvents(10);
        chainer.extend();
        Checkpoint copied = store.checkpoints(0, 1).items().get(0);

        jdbc.sql("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?")
                .params("{\"title\":\"rewritten\"}".getBytes(StandardCharsets.UTF_8), events.get(1)).update();
        assertThat(verify().firstDisagreeingCheckpoint()).as("not yet recomputed").isNull();
        recomputeEveryLink();
        assertThat(verify().firstDisagreeingCheckpoint().position()).as("the checkpoints in the database").isEqualTo(4);
        jdbc.sql("DELETE FROM hash_chain_checkpoint").update();
        assertThat(verify().status()).as("the database alone is fooled").isEqualTo(VerificationStatus.VERIFIED);

        VerificationReport report = new HashChainVerifier(store, clock, 2)
                .verify(Optional.of(new SuppliedCheckpoint(copied.position(), copied.link())));

        assertThat(report.status()).isEqualTo(VerificationStatus.TAMPERED);
        assertThat(report.suppliedCheckpoint().agrees()).isFalse();
    }

    @Test
    void a_removed_link_breaks_the_chain() {
        storeEvents(6);
        chainer.extend();

        jdbc.sql("DELETE FROM hash_chain_link WHERE chain_position = 3").update();

        VerificationReport report = verify();
        assertThat(report.status()).isEqualTo(VerificationStatus.TAMPERED);
        assertThat(report.chainFindings()).anySatisfy(finding -> assertThat(finding).contains("3 to 3 are missing"));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** Stores events as the event store does, each in its own transaction; answers their identifiers in order. */
    private List<String> storeEvents(int count) {
        List<String> identifiers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            try (Connection connection = database.getConnection()) {
                identifiers.add(insert(connection, "event"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return identifiers;
    }

    private String insert(Connection connection, String title) throws SQLException {
        String identifier = UUID.randomUUID().toString();
        String aggregate = "partnership-" + (identifier.charAt(0) % 3);
        long sequence;
        synchronized (sequences) {
            sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, ?, 'Partnership', ?, 'org.example.Happened', '1', ?, ?)""")) {
            insert.setString(1, identifier);
            insert.setString(2, aggregate);
            insert.setLong(3, sequence);
            insert.setString(4, clock.instant().toString());
            insert.setBytes(5, ("{\"title\":\"" + title + "\"}").getBytes(StandardCharsets.UTF_8));
            insert.setBytes(6, "{\"userId\":\"officer\"}".getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
        return identifier;
    }

    private List<Long> globalIndexes() {
        return jdbc.sql("SELECT global_index FROM domain_event_entry ORDER BY global_index").query(Long.class).list();
    }

    private ChainedEvent chained(long position, String eventIdentifier) {
        return jdbc.sql("SELECT global_index, aggregate_identifier, sequence_number FROM hash_chain_link"
                        + " WHERE event_identifier = ?")
                .param(eventIdentifier)
                .query((rs, row) -> new ChainedEvent(position, rs.getLong(1), eventIdentifier, rs.getString(2),
                        rs.getLong(3)))
                .single();
    }

    private List<Long> checkpointPositions() {
        return store.checkpoints(0, 100).items().stream().map(Checkpoint::position).toList();
    }

    private String linkAt(long position) {
        return jdbc.sql("SELECT link FROM hash_chain_link WHERE chain_position = ?").param(position)
                .query(String.class).single();
    }

    /** What someone covering their tracks would do: recompute every link from the events as they now are. */
    private void recomputeEveryLink() {
        String previous = ChainLinks.genesis();
        for (StoredEvent event : jdbc.sql("SELECT " + EventRows.COLUMNS + " FROM domain_event_entry e"
                + " ORDER BY e.global_index").query((rs, row) -> EventRows.read(rs, 1)).list()) {
            previous = ChainLinks.link(previous, event);
            jdbc.sql("UPDATE hash_chain_link SET link = ? WHERE global_index = ?")
                    .params(previous, event.globalIndex()).update();
        }
        jdbc.sql("UPDATE hash_chain_head SET last_link = ?").param(previous).update();
    }
}
