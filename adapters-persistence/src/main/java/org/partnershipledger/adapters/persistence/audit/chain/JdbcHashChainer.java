package org.partnershipledger.adapters.persistence.audit.chain;

import org.partnershipledger.application.audit.chain.ChainExtension;
import org.partnershipledger.application.audit.chain.ChainLinks;
import org.partnershipledger.application.audit.chain.HashChainer;
import org.partnershipledger.application.audit.chain.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Extends the hash chain from the rows of {@code domain_event_entry}, in global-index order, one batch per
 * transaction (ADR 013).
 *
 * <p><b>One chainer at a time.</b> Each transaction first locks the single row of {@code hash_chain_head}
 * ({@code SELECT ... FOR UPDATE}); a chainer on another node waits there, then reads the head the first one left and
 * continues from it. The primary key on the chain position and the unique key on the global index would refuse a
 * second chainer's links even without the lock: concurrent appends can fail, never fork the chain.
 *
 * <p><b>Gaps.</b> A global index is taken from the sequence before its transaction commits, so an index missing below
 * a stored event may belong to a transaction still running, or to one rolled back. The chainer never passes a missing
 * index at once: it notes the highest stored index and the time ({@code observed_index}, {@code observed_at}); every
 * index below it had been taken by then. Once the gap timeout has passed since, a missing index below it is recorded
 * in {@code hash_chain_gap} and passed. Until then the chain waits (and says for which index).
 *
 * <p><b>Checkpoints</b> are copies of the link at a position: at every multiple of
 * {@link HashChainSettings#checkpointEveryLinks()}, and at the end of the chain when it grew and the latest checkpoint
 * is older than {@link HashChainSettings#checkpointInterval()}. Each is logged, so that log shipping keeps a copy
 * outside the database.
 */
public class JdbcHashChainer implements HashChainer {

    private static final Logger log = LoggerFactory.getLogger(JdbcHashChainer.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final HashChainSettings settings;

    public JdbcHashChainer(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock,
                           HashChainSettings settings) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        // Each statement sees what committed before it: after waiting for the head lock, the rows the previous
        // holder wrote, and events committed since the run began.
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public ChainExtension extend() {
        long linked = 0;
        long gapIndexes = 0;
        long checkpoints = 0;
        Batch batch;
        do {
            batch = transactions.execute(status -> new Run(clock.instant()).chainOneBatch());
            linked += batch.linked();
            gapIndexes += batch.gapIndexes();
            checkpoints += batch.checkpoints();
        } while (batch.more());
        return new ChainExtension(linked, gapIndexes, checkpoints, batch.links(), batch.lastGlobalIndex(),
                batch.waitingFor());
    }

    private record Batch(long linked, long gapIndexes, long checkpoints, long links, long lastGlobalIndex,
                         Long waitingFor, boolean more) {
    }

    /** One transaction: the head, locked, and what this batch adds to it. */
    private final class Run {

        private final Instant now;
        private long links;
        private long lastGlobalIndex;
        private String lastLink;
        private Long observedIndex;
        private Instant observedAt;
        private long linked;
        private long gapIndexes;
        private long checkpoints;
        private Long waitingFor;

        Run(Instant now) {
            this.now = now;
            Head head = jdbc.sql("""
                            SELECT links, last_global_index, last_link, observed_index, observed_at
                              FROM hash_chain_head WHERE chain_id = 1 FOR UPDATE""")
                    .query((rs, row) -> {
                        OffsetDateTime observed = rs.getObject(5, OffsetDateTime.class);
                        return new Head(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                rs.getObject(4) == null ? null : rs.getLong(4),
                                observed == null ? null : observed.toInstant());
                    })
                    .optional()
                    .orElseThrow(() -> new IllegalStateException("the hash chain's head row is missing from "
                            + "hash_chain_head: the chain cannot be extended (ADR 013)"));
            links = head.links();
            lastGlobalIndex = head.lastGlobalIndex();
            lastLink = head.lastLink();
            observedIndex = head.observedIndex();
            observedAt = head.observedAt();
        }

        Batch chainOneBatch() {
            List<StoredEvent> rows = jdbc.sql("SELECT " + EventRows.COLUMNS + " FROM domain_event_entry e"
                            + " WHERE e.global_index > ? ORDER BY e.global_index FETCH FIRST ? ROWS ONLY")
                    .params(lastGlobalIndex, settings.batchSize())
                    .query((rs, row) -> EventRows.read(rs, 1))
                    .list();
            for (StoredEvent row : rows) {
                long expected = lastGlobalIndex + 1;
                if (row.globalIndex() > expected && !passed(expected, row.globalIndex() - 1)) {
                    waitingFor = expected;
                    break;
                }
                append(row);
            }
            boolean more = waitingFor == null && rows.size() == settings.batchSize();
            if (!more) {
                checkpointOnSchedule();
            }
            jdbc.sql("""
                            UPDATE hash_chain_head SET links = ?, last_global_index = ?, last_link = ?,
                                   observed_index = ?, observed_at = ?
                             WHERE chain_id = 1""")
                    .params(links, lastGlobalIndex, lastLink, observedIndex, time(observedAt))
                    .update();
            return new Batch(linked, gapIndexes, checkpoints, links, lastGlobalIndex, waitingFor, more);
        }

        /** Whether the missing indexes first..last are passed as a gap; otherwise the chain waits for them. */
        private boolean passed(long first, long last) {
            if (observedIndex == null || observedIndex <= last) {
                // Every index below the highest stored one has been taken by now: start waiting for them.
                observedIndex = jdbc.sql("SELECT MAX(global_index) FROM domain_event_entry").query(Long.class)
                        .single();
                observedAt = now;
            }
            boolean covered = observedIndex != null && observedIndex > last;
            if (!covered || now.isBefore(observedAt.plus(settings.gapTimeout()))) {
                return false;
            }
            jdbc.sql("INSERT INTO hash_chain_gap (first_index, last_index, recorded_at) VALUES (?, ?, ?)")
                    .params(first, last, time(now))
                    .update();
            log.info("Hash chain: global indexes {} to {} were taken but never committed within {}; recorded as a gap",
                    first, last, settings.gapTimeout());
            gapIndexes += last - first + 1;
            lastGlobalIndex = last;
            return true;
        }

        private void append(StoredEvent event) {
            long position = links + 1;
            String link = ChainLinks.link(lastLink == null ? ChainLinks.genesis() : lastLink, event);
            jdbc.sql("""
                            INSERT INTO hash_chain_link (chain_position, global_index, event_identifier,
                                                         aggregate_identifier, sequence_number, link, chained_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(position, event.globalIndex(), event.eventIdentifier(), event.aggregateIdentifier(),
                            event.sequenceNumber(), link, time(now))
                    .update();
            links = position;
            lastLink = link;
            lastGlobalIndex = event.globalIndex();
            linked++;
            if (position % settings.checkpointEveryLinks() == 0) {
                checkpoint();
            }
        }

        private void checkpointOnSchedule() {
            if (links == 0) {
                return;
            }
            Optional<Latest> latest = jdbc.sql("SELECT chain_position, created_at FROM hash_chain_checkpoint"
                            + " ORDER BY chain_position DESC FETCH FIRST 1 ROWS ONLY")
                    .query((rs, row) -> new Latest(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                    .optional();
            boolean grown = latest.map(checkpoint -> checkpoint.position() < links).orElse(true);
            boolean due = latest.map(checkpoint -> !now.isBefore(checkpoint.createdAt()
                    .plus(settings.checkpointInterval()))).orElse(true);
            if (grown && due) {
                checkpoint();
            }
        }

        /** Notes the link now at the end of the chain, copied from its row. */
        private void checkpoint() {
            jdbc.sql("""
                            INSERT INTO hash_chain_checkpoint (chain_position, global_index, link, created_at)
                            SELECT chain_position, global_index, link, ? FROM hash_chain_link WHERE chain_position = ?""")
                    .params(time(now), links)
                    .update();
            checkpoints++;
            log.info("Hash chain checkpoint: position {}, global index {}, link {}, at {}", links, lastGlobalIndex,
                    lastLink, now);
        }
    }

    private record Head(long links, long lastGlobalIndex, String lastLink, Long observedIndex, Instant observedAt) {
    }

    private record Latest(long position, Instant createdAt) {
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
