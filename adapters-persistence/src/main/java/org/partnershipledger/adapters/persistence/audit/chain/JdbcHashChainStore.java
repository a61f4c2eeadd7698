package org.partnershipledger.adapters.persistence.audit.chain;

import org.partnershipledger.application.audit.chain.ChainEntry;
import org.partnershipledger.application.audit.chain.ChainHead;
import org.partnershipledger.application.audit.chain.ChainedEvent;
import org.partnershipledger.application.audit.chain.Checkpoint;
import org.partnershipledger.application.audit.chain.CheckpointPage;
import org.partnershipledger.application.audit.chain.EventReference;
import org.partnershipledger.application.audit.chain.HashChainStore;
import org.partnershipledger.application.paging.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads the hash chain beside the event table. Verification pages through it by chain position: each page is one
 * query joining up to a page of links to the event rows at their global indexes (primary-key lookups) and to their
 * checkpoints, so that a chain of any length is read in bounded memory, on H2 as on PostgreSQL.
 */
public class JdbcHashChainStore implements HashChainStore {

    private final JdbcClient jdbc;

    public JdbcHashChainStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ChainHead> head() {
        return jdbc.sql("SELECT links, last_global_index, last_link FROM hash_chain_head WHERE chain_id = 1")
                .query((rs, row) -> new ChainHead(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional();
    }

    @Override
    public List<ChainEntry> entries(long fromPosition, long toPosition, int limit) {
        return jdbc.sql("SELECT l.chain_position, l.global_index, l.event_identifier, l.aggregate_identifier,"
                        + " l.sequence_number, l.link, c.chain_position, c.global_index, c.link, c.created_at, "
                        + EventRows.COLUMNS
                        + " FROM hash_chain_link l"
                        + " LEFT JOIN domain_event_entry e ON e.global_index = l.global_index"
                        + " LEFT JOIN hash_chain_checkpoint c ON c.chain_position = l.chain_position"
                        + " WHERE l.chain_position BETWEEN ? AND ?"
                        + " ORDER BY l.chain_position FETCH FIRST ? ROWS ONLY")
                .params(fromPosition, toPosition, limit)
                .query((rs, row) -> new ChainEntry(
                        new ChainedEvent(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)),
                        rs.getString(6),
                        EventRows.read(rs, 11),
                        rs.getObject(7) == null ? null : checkpoint(rs, 7)))
                .list();
    }

    @Override
    public Optional<Checkpoint> firstCheckpointWithoutLink() {
        return jdbc.sql("""
                        SELECT c.chain_position, c.global_index, c.link, c.created_at FROM hash_chain_checkpoint c
                         WHERE NOT EXISTS (SELECT 1 FROM hash_chain_link l WHERE l.chain_position = c.chain_position)
                         ORDER BY c.chain_position FETCH FIRST 1 ROWS ONLY""")
                .query((rs, row) -> checkpoint(rs, 1))
                .optional();
    }

    @Override
    public long eventsAfter(long globalIndex) {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE global_index > ?")
                .param(globalIndex)
                .query(Long.class)
                .single();
    }

    @Override
    public long unchainedEventsUpTo(long globalIndex) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM domain_event_entry e
                         WHERE e.global_index <= ?
                           AND NOT EXISTS (SELECT 1 FROM hash_chain_link l WHERE l.global_index = e.global_index)""")
                .param(globalIndex)
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<EventReference> firstUnchainedEventUpTo(long globalIndex) {
        return jdbc.sql("""
                        SELECT e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number
                          FROM domain_event_entry e
                         WHERE e.global_index <= ?
                           AND NOT EXISTS (SELECT 1 FROM hash_chain_link l WHERE l.global_index = e.global_index)
                         ORDER BY e.global_index FETCH FIRST 1 ROWS ONLY""")
                .param(globalIndex)
                .query((rs, row) -> new EventReference(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .optional();
    }

    @Override
    public long recordedGapIndexes() {
        return jdbc.sql("SELECT COALESCE(SUM(last_index - first_index + 1), 0) FROM hash_chain_gap")
                .query(Long.class)
                .single();
    }

    @Override
    public CheckpointPage checkpoints(int page, int size) {
        Paging.require(page, size);
        long total = jdbc.sql("SELECT COUNT(*) FROM hash_chain_checkpoint").query(Long.class).single();
        List<Checkpoint> items = jdbc.sql("SELECT chain_position, global_index, link, created_at"
                        + " FROM hash_chain_checkpoint ORDER BY chain_position DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params((long) page * size, size)
                .query((rs, row) -> checkpoint(rs, 1))
                .list();
        return new CheckpointPage(items, page, size, total, (int) ((total + size - 1) / size));
    }

    private static Checkpoint checkpoint(ResultSet rs, int first) throws SQLException {
        return new Checkpoint(rs.getLong(first), rs.getLong(first + 1), rs.getString(first + 2),
                rs.getObject(first + 3, OffsetDateTime.class).toInstant());
    }
}
