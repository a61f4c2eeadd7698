package org.partnershipledger.adapters.persistence.rebuild;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

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
 * <p>One statement: on PostgreSQL a binary {@code COPY} of the query, which streams the rows as they are found; on
 * other databases the query, on a connection of its own with auto-commit off, read forward {@value #FETCH_SIZE} rows
 * at a time. The statement sees one snapshot of the table: an event below the position that commits after the query started is not read, and
 * the token at the end keeps its global index as a gap, exactly as the JDBC store would, so that the processor
 * continuing from that token picks it up.
 */
public final class EventTableReader {

    /** Rows fetched per round trip where the rows are queried. */
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
        String select = "SELECT " + String.join(", ", schema.globalIndexColumn(), schema.eventIdentifierColumn(),
                schema.timestampColumn(), schema.payloadTypeColumn(), schema.payloadRevisionColumn(),
                schema.payloadColumn(), schema.metaDataColumn(), schema.typeColumn(),
                schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn())
                + " FROM " + schema.domainEventTable() + " WHERE " + schema.globalIndexColumn() + " <= ";
        String order = " ORDER BY " + schema.aggregateIdentifierColumn() + ", " + schema.sequenceNumberColumn();
        Rows rows = new Rows(observedAt.minus(gapTimeout));
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection, "COPY (" + select + upTo + order + ") TO STDOUT (FORMAT binary)", rows, events);
            } else {
                query(connection, select + "?" + order, upTo, rows, events);
            }
            return rows.positions.token();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event table up to global index " + upTo, e);
        }
    }

    /**
     * PostgreSQL: a binary {@code COPY} of the query, which streams the rows without the text protocol's hexadecimal
     * {@code bytea} (twice the bytes, decoded again) and without a cursor's round trips.
     */
    private void copy(Connection connection, String copy, Rows rows,
                      Consumer<? super TrackedEventMessage<?>> events) throws SQLException {
        CopyOut out = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(copy);
        try {
            BinaryCopyRows fields = new BinaryCopyRows(out);
            deliver(rows.from(() -> fields.next() ? rows.event(fields.int8(), fields.text(), fields.text(),
                    fields.text(), fields.text(), fields.bytes(), fields.bytes(), fields.text(), fields.text(),
                    fields.int8()) : null), events);
        } finally {
            if (out.isActive()) {
                abandon(connection, out);
            }
        }
    }

    /**
     * A handler failed midway through the copy. The server is told to stop; the connection is not handed out again:
     * after a copy cancelled midway the driver is out of step with the server (its next statement gets the cancelled
     * copy's answer), so the pool must close it instead of taking it back.
     */
    private void abandon(Connection connection, CopyOut out) throws SQLException {
        try {
            out.cancelCopy();
        } catch (SQLException cancelAnswer) {
            // The cancel's own answer: the connection is discarded below either way.
        }
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
        } else {
            connection.abort(Runnable::run);
        }
    }

    /**
     * Other databases: one query on a connection of its own with auto-commit off, read forward
     * {@value #FETCH_SIZE} rows at a time.
     */
    private void query(Connection connection, String sql, long upTo, Rows rows,
                       Consumer<? super TrackedEventMessage<?>> events) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            statement.setLong(1, upTo);
            try (ResultSet rs = statement.executeQuery()) {
                deliver(rows.from(() -> rs.next() ? rows.event(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBytes(6), rs.getBytes(7), rs.getString(8),
                        rs.getString(9), rs.getLong(10)) : null), events);
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private void deliver(Iterator<TrackedEventData<?>> rows, Consumer<? super TrackedEventMessage<?>> events) {
        try (Stream<TrackedEventMessage<?>> messages = EventUtils.upcastAndDeserializeTrackedEvents(
                StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows,
                        Spliterator.ORDERED | Spliterator.NONNULL), false), serializer, upcasters)) {
            messages.forEach(events);
        }
    }

    /** The next row of a read, {@code null} after the last. */
    @FunctionalInterface
    private interface RowSource {
        TrackedEventData<?> next() throws SQLException;
    }

    /** The rows as Axon's JDBC store reads them, each with the token the store would compute. */
    private static final class Rows {

        private final Instant gapTimeoutFrame;
        private final Positions positions = new Positions();

        Rows(Instant gapTimeoutFrame) {
            this.gapTimeoutFrame = gapTimeoutFrame;
        }

        /** The columns in the order both reads select them. */
        TrackedEventData<?> event(long globalIndex, String eventIdentifier, String timestamp, String payloadType,
                                  String payloadRevision, byte[] payload, byte[] metaData, String type,
                                  String aggregateIdentifier, long sequenceNumber) {
            Instant storedAt = StoredTimestamps.parse(timestamp);
            positions.add(globalIndex, storedAt.isAfter(gapTimeoutFrame));
            // As Axon's JDBC store: an event whose aggregate is its own identifier belongs to no aggregate.
            return new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(globalIndex), new StoredEvent(type,
                    eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier, sequenceNumber,
                    eventIdentifier, storedAt, payloadType, payloadRevision, payload, metaData));
        }

        Iterator<TrackedEventData<?>> from(RowSource source) {
            return new Iterator<>() {
                private TrackedEventData<?> ahead;

                @Override
                public boolean hasNext() {
                    if (ahead == null) {
                        try {
                            ahead = source.next();
                        } catch (SQLException e) {
                            throw new IllegalStateException("cannot read the next event", e);
                        }
                    }
                    return ahead != null;
                }

                @Override
                public TrackedEventData<?> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    TrackedEventData<?> next = ahead;
                    ahead = null;
                    return next;
                }
            };
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
