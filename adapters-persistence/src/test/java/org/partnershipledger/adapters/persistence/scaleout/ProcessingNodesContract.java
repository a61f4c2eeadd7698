package org.partnershipledger.adapters.persistence.scaleout;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which nodes are alive, as every node sees it through the shared database; run against each vendor. */
abstract class ProcessingNodesContract {

    private static final Duration WINDOW = Duration.ofSeconds(30);

    private JdbcClient jdbc;
    private JdbcProcessingNodes first;
    private JdbcProcessingNodes second;

    protected abstract DataSource database();

    @BeforeEach
    void nodes() {
        jdbc = JdbcClient.create(database());
        first = new JdbcProcessingNodes(jdbc, "node-1");
        second = new JdbcProcessingNodes(jdbc, "node-2");
    }

    @Test
    void every_node_that_sent_a_heartbeat_counts_as_live_for_each_of_them() {
        assertThat(first.liveNodes(WINDOW)).as("nobody has spoken yet").isZero();

        first.heartbeat();
        second.heartbeat();
        first.heartbeat();

        assertThat(first.liveNodes(WINDOW)).isEqualTo(2);
        assertThat(second.liveNodes(WINDOW)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processing_node").query(Integer.class).single())
                .as("a repeated heartbeat is one row").isEqualTo(2);
    }

    @Test
    void a_node_silent_for_longer_than_the_window_is_not_live_and_can_be_forgotten() throws InterruptedException {
        first.heartbeat();
        Thread.sleep(1_500);
        second.heartbeat();

        assertThat(second.liveNodes(Duration.ofSeconds(1))).as("only the node heard from in the last second")
                .isEqualTo(1);
        second.forgetNodesSilentFor(Duration.ofSeconds(1));
        assertThat(second.liveNodes(WINDOW)).as("the silent node's row is gone").isEqualTo(1);
        assertThat(jdbc.sql("SELECT node_id FROM processing_node").query(String.class).list())
                .containsExactly("node-2");
    }

    @Test
    void a_node_that_leaves_is_no_longer_counted() {
        first.heartbeat();
        second.heartbeat();

        first.leave();

        assertThat(second.liveNodes(WINDOW)).isEqualTo(1);
    }

    @Test
    void the_segments_of_each_processor_are_counted_from_the_token_store() {
        for (int segment = 0; segment < 4; segment++) {
            jdbc.sql("INSERT INTO token_entry (processor_name, segment) VALUES ('partnership-views', ?)")
                    .param(segment).update();
        }
        jdbc.sql("INSERT INTO token_entry (processor_name, segment) VALUES ('vetting-process', 0)").update();

        assertThat(first.segmentsPerProcessor()).isEqualTo(Map.of("partnership-views", 4, "vetting-process", 1));
    }
}
