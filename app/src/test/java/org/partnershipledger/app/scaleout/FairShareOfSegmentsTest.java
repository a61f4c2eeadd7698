package org.partnershipledger.app.scaleout;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FairShareOfSegmentsTest {

    private final FairShareOfSegments share = new FairShareOfSegments(Short.MAX_VALUE);

    @Test
    void a_node_alone_may_hold_every_segment() {
        share.update(1, Map.of("partnership-views", 4));

        assertThat(share.getMaxSegments("partnership-views")).isEqualTo(4);
    }

    @Test
    void live_nodes_divide_the_segments_rounding_up_so_that_none_is_left_unclaimed() {
        share.update(2, Map.of("even", 4, "odd", 5));
        assertThat(share.getMaxSegments("even")).isEqualTo(2);
        assertThat(share.getMaxSegments("odd")).isEqualTo(3);

        share.update(3, Map.of("even", 4));
        assertThat(share.getMaxSegments("even")).as("3 nodes x 2 >= 4").isEqualTo(2);
    }

    @Test
    void more_nodes_than_segments_still_lets_each_node_hold_one() {
        share.update(5, Map.of("vetting-process", 2));

        assertThat(share.getMaxSegments("vetting-process")).isEqualTo(1);
    }

    @Test
    void when_a_node_dies_the_survivor_may_take_its_share() {
        share.update(2, Map.of("partnership-views", 4));
        share.update(1, Map.of("partnership-views", 4));

        assertThat(share.getMaxSegments("partnership-views")).isEqualTo(4);
    }

    @Test
    void the_configured_cap_bounds_the_fair_share_and_an_unknown_processor_gets_the_cap() {
        FairShareOfSegments capped = new FairShareOfSegments(3);
        capped.update(1, Map.of("partnership-views", 16));

        assertThat(capped.getMaxSegments("partnership-views")).isEqualTo(3);
        assertThat(capped.getMaxSegments("not-initialized-yet")).isEqualTo(3);
    }

    @Test
    void no_heartbeat_yet_counts_as_one_node() {
        share.update(0, Map.of("partnership-views", 4));

        assertThat(share.getMaxSegments("partnership-views")).isEqualTo(4);
    }
}
