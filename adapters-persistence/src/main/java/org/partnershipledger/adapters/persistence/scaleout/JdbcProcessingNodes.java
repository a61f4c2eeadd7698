package org.partnershipledger.adapters.persistence.scaleout;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The nodes that process events, in {@code processing_node}: each node says it is alive by a heartbeat, and counts
 * the nodes heard from lately. Times are the database's own ({@code CURRENT_TIMESTAMP}), written and compared there,
 * so that clocks that disagree between machines never make a live node look dead. Each statement commits on its own.
 */
public class JdbcProcessingNodes {

    private final JdbcClient jdbc;
    private final String nodeId;

    public JdbcProcessingNodes(JdbcClient jdbc, String nodeId) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.nodeId = Objects.requireNonNull(nodeId);
    }

    public String nodeId() {
        return nodeId;
    }

    /** This node is alive now. */
    public void heartbeat() {
        int updated = jdbc.sql("UPDATE processing_node SET last_seen = CURRENT_TIMESTAMP WHERE node_id = ?")
                .param(nodeId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO processing_node (node_id, started_at, last_seen) "
                    + "VALUES (?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)").param(nodeId).update();
        }
    }

    /** The nodes heard from within the given time, this one included once it has sent a heartbeat. */
    public int liveNodes(Duration silence) {
        return (int) silences().stream().filter(node -> node.silence().compareTo(silence) <= 0).count();
    }

    /** How many segments each event processor's tokens are split into, from the token store's table. */
    public Map<String, Integer> segmentsPerProcessor() {
        Map<String, Integer> segments = new TreeMap<>();
        jdbc.sql("SELECT processor_name, COUNT(*) FROM token_entry GROUP BY processor_name")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list().forEach(processor -> segments.put(processor.getKey(), processor.getValue()));
        return segments;
    }

    /** Forgets nodes silent for longer than the given time: they died, and only their row is left of them. */
    public void forgetNodesSilentFor(Duration silence) {
        silences().stream().filter(node -> node.silence().compareTo(silence) > 0).forEach(node ->
                jdbc.sql("DELETE FROM processing_node WHERE node_id = ?").param(node.nodeId()).update());
    }

    /** How long each node has been silent, by the database's clock. */
    private List<NodeSilence> silences() {
        return jdbc.sql("SELECT node_id, last_seen, CURRENT_TIMESTAMP FROM processing_node")
                .query((rs, row) -> new NodeSilence(rs.getString(1), Duration.between(
                        rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class))))
                .list();
    }

    private record NodeSilence(String nodeId, Duration silence) {
    }

    /** This node stops processing: the others need not wait for its silence to take its share. */
    public void leave() {
        jdbc.sql("DELETE FROM processing_node WHERE node_id = ?").param(nodeId).update();
    }
}
