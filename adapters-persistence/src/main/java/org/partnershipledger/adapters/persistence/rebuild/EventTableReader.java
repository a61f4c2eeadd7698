package org.partnershipledger.adapters.persistence.rebuild;

import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the event table once, in the order of its global index, up to a position, as the event messages Axon's JDBC
 * event store hands a processor: the same columns, deserialized lazily by the service's event serializer after the
 * upcaster chain, each with the tracking token the store would give it (ADR 027).
 *
 * <p>One query, on a connection of its own with auto-commit off, so that PostgreSQL streams the rows through a
 * server-side cursor {@value #FETCH_SIZE} rows at a time instead of materializing them; H2 reads forward. The query
 * sees one snapshot of the table: an event below the position that commits after the query started is not read, and
 * the token at the end keeps its global index as a gap, exactly as the JDBC store would, so that the processor
 * continuing from that token picks it up.
 */
public final class EventTableReader {

    /** Rows fetched per round trip on PostgreSQL. */
    static final int FETCH_SIZE = 10_000;
    /** Axon's JDBC store: the farthest a gap may lie behind the token's index (its default). */
    static final int MAX_GAP_OFFSET = 10_000;
    /** Axon's JDBC store: the global index the event table starts at (its default). */
    static final long LOWEST_GLOBAL_SEQUENCE = 1;

    private final DataSource dataSource;
    private final EventSchema schema;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final Duration gapTimeout;

    /**
     * @param serializer the event serializer of the event store
     * @param upcasters  the upcaster chain of the event store
     * @param gapTimeout the event store's gap timeout: how long a missing global index is waited for
     */
    public EventTableReader(DataSource dataSource, EventSchema schema, Serializer serializer, EventUpcaster upcasters,
                            Duration gapTimeout) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.gapTimeout = gapTimeout;
    }

    /** The highest global index stored, 0 when there is no event. */
    public long head() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT MAX(" + schema.globalIndexColumn() + ") FROM " + schema.domainEventTable());
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the head of the event stream", e);
        }
    }

    /**
     * Hands every event with a global index up to {@code upTo} to {@code events}, in the order of the index, and
     * answers the tracking token after the last one (with the gaps the JDBC store would keep), or {@code null} when
     * there is none.
     *
     * @param observedAt when the position was taken: gaps younger than the gap timeout then are kept
     */
    public TrackingToken read(long upTo, Instant observedAt, Consumer<? super TrackedEventMessage<?>> events) {
        String sql = "SELECT " + String.join(", ", schema.globalIndexColumn(), schema.eventIdentifierColumn(),
                schema.timestampColumn(), schema.payloadTypeColumn(), schema.payloadRevisionColumn(),
                schema.payloadColumn(), schema.metaDataColumn(), schema.typeColumn(),
                schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn())
                + " FROM " + schema.domainEventTable() + " WHERE " + schema.globalIndexColumn() + " <= ?"
                + " ORDER BY " + schema.globalIndexColumn();
        Instant gapTimeoutFrame = observedAt.minus(gapTimeout);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                statement.setLong(1, upTo);
                try (ResultSet rs = statement.executeQuery()) {
                    Rows rows = new Rows(rs, gapTimeoutFrame);
                    try (Stream<TrackedEventMessage<?>> messages = EventUtils.upcastAndDeserializeTrackedEvents(
                            StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows,
                                    Spliterator.ORDERED | Spliterator.NONNULL), false), serializer, upcasters)) {
                        messages.forEach(events);
                    }
                    return rows.token;
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event table up to global index " + upTo, e);
        }
    }

    /** The rows as Axon's JDBC store reads them, each with the token the store would compute. */
    private final class Rows implements Iterator<TrackedEventData<?>> {

        private final ResultSet rs;
        private final Instant gapTimeoutFrame;
        private GapAwareTrackingToken token;
        private Boolean ahead;

        Rows(ResultSet rs, Instant gapTimeoutFrame) {
            this.rs = rs;
            this.gapTimeoutFrame = gapTimeoutFrame;
        }

        @Override
        public boolean hasNext() {
            if (ahead == null) {
                try {
                    ahead = rs.next();
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot read the next event", e);
                }
            }
            return ahead;
        }

        @Override
        public TrackedEventData<?> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ahead = null;
            try {
                return row();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read an event", e);
            }
        }

        private TrackedEventData<?> row() throws SQLException {
            long globalIndex = rs.getLong(1);
            String eventIdentifier = rs.getString(2);
            String aggregateIdentifier = rs.getString(9);
            GenericDomainEventEntry<byte[]> event = new GenericDomainEventEntry<>(rs.getString(8),
                    eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier, rs.getLong(10),
                    eventIdentifier, rs.getString(3), rs.getString(4), rs.getString(5), rs.getBytes(6),
                    rs.getBytes(7));
            boolean allowGaps = event.getTimestamp().isAfter(gapTimeoutFrame);
            if (token == null) {
                token = GapAwareTrackingToken.newInstance(globalIndex, allowGaps
                        ? LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, globalIndex), globalIndex).boxed()
                        .collect(Collectors.toCollection(TreeSet::new))
                        : Collections.emptySortedSet());
            } else {
                token = token.advanceTo(globalIndex, allowGaps ? MAX_GAP_OFFSET : 0);
            }
            return new TrackedDomainEventData<>(token, event);
        }
    }
}
