package org.partnershipledger.adapters.persistence.rebuild;

import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
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
import java.util.Arrays;
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
 * Reads the event table once, up to a position, as the event messages Axon's JDBC event store hands a processor: the
 * same columns, deserialized lazily by the service's event serializer after the upcaster chain (ADR 027). The events
 * come aggregate by aggregate, each aggregate's in the order of its sequence numbers, so that whoever folds them can
 * finish one aggregate's documents and let them go before the next: memory holds what one aggregate needs, not the
 * whole read model. The tracking token at the end is the one Axon's store would have reached reading the same events
 * in the order of their global index.
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
     * Hands every event with a global index up to {@code upTo} to {@code events}, aggregate by aggregate, and
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
                + " ORDER BY " + schema.aggregateIdentifierColumn() + ", " + schema.sequenceNumberColumn();
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
                    return rows.positions.token();
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
        private final Positions positions = new Positions();
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
            positions.add(globalIndex, event.getTimestamp().isAfter(gapTimeoutFrame));
            return new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(globalIndex), event);
        }
    }

    /**
     * The global indexes read, each with whether its event is young enough for gaps below it to be waited for; sorted,
     * they give the token Axon's JDBC store computes event by event in the order of the index.
     */
    private static final class Positions {

        /** Each index shifted left by one, its lowest bit telling whether gaps below it are kept: sorts by index. */
        private long[] positions = new long[1024];
        private int size;

        void add(long globalIndex, boolean allowGaps) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
            }
            positions[size++] = globalIndex << 1 | (allowGaps ? 1 : 0);
        }

        GapAwareTrackingToken token() {
            Arrays.sort(positions, 0, size);
            GapAwareTrackingToken token = null;
            for (int i = 0; i < size; i++) {
                long globalIndex = positions[i] >>> 1;
                boolean allowGaps = (positions[i] & 1) == 1;
                if (token == null) {
                    token = GapAwareTrackingToken.newInstance(globalIndex, allowGaps
                            ? LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, globalIndex), globalIndex).boxed()
                            .collect(Collectors.toCollection(TreeSet::new))
                            : Collections.emptySortedSet());
                } else {
                    token = token.advanceTo(globalIndex, allowGaps ? MAX_GAP_OFFSET : 0);
                }
            }
            return token;
        }
    }
}
