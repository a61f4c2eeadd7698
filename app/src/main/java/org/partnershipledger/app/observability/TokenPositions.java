package org.partnershipledger.app.observability;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The position of every segment of every processor as stored in the token table, which all nodes share. A segment
 * whose handler fails is released between retries, and then no node reports it as claimed; its token still stands
 * where it stopped, so a stuck segment is visible here, whoever holds it. Reading does not claim: Axon's
 * {@code TokenStore.fetchToken} would, taking the segment from the node that processes it.
 *
 * <p>A stored token can be a few seconds behind the segment: a segment stores its token with each batch it handles,
 * but when the events pass it by (another segment handles them) only when it extends its claim. The monitor prefers
 * the live position of the segments this node holds.
 */
final class TokenPositions {

    private final JdbcTemplate jdbc;
    private final TokenSchema schema;
    private final Serializer serializer;

    TokenPositions(DataSource dataSource, TokenSchema schema, Serializer serializer, Duration timeout) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
        this.schema = schema;
        this.serializer = serializer;
    }

    /** By processor name, then segment id; a segment that has processed nothing yet stands at 0. */
    Map<String, Map<Integer, Long>> stored() {
        Map<String, Map<Integer, Long>> stored = new HashMap<>();
        jdbc.query("SELECT " + schema.processorNameColumn() + ", " + schema.segmentColumn() + ", "
                + schema.tokenColumn() + ", " + schema.tokenTypeColumn() + " FROM " + schema.tokenTable(), row -> {
            stored.computeIfAbsent(row.getString(1), processor -> new HashMap<>())
                    .put(row.getInt(2), position(row.getBytes(3), row.getString(4)));
        });
        return stored;
    }

    private long position(byte[] token, String type) {
        if (token == null || type == null) {
            return 0;
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return tracking == null ? 0 : tracking.position().orElse(0);
    }
}
