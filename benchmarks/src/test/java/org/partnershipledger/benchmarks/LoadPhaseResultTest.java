package org.partnershipledger.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LoadPhaseResultTest {

    private static final ServiceCost NO_COST = new ServiceCost(CpuUse.UNAVAILABLE, SqlUse.UNAVAILABLE, 0);

    @Test
    void the_lag_is_summarised_per_full_minute_leaving_out_the_last_partial_one() {
        LoadPhase.Result run = Phases.phase(16, 150, 1000, NO_COST, 0,
                new long[]{1_000, 40}, new long[]{59_000, 60},
                new long[]{61_000, 80}, new long[]{119_999, 90},
                new long[]{130_000, 5_000});

        assertThat(run.lagByFullMinute()).extracting(Latencies.Summary::count, Latencies.Summary::p99Millis)
                .containsExactly(tuple(2L, 60.0),
                        tuple(2L, 90.0));
    }

    @Test
    void a_phase_shorter_than_a_minute_is_one_window() {
        LoadPhase.Result run = Phases.phase(4, 10, 100, NO_COST, 0, new long[]{1_000, 40}, new long[]{9_000, 70});

        assertThat(run.lagByFullMinute()).extracting(Latencies.Summary::p99Millis).containsExactly(70.0);
    }

    @Test
    void commands_are_counted_per_second_from_the_operations_of_commands() {
        LoadPhase.Result run = new LoadPhase.Result(4, 10, Map.of(
                Journey.PROPOSE, new Latencies.Summary(30, 1, 1, 1, 1),
                Journey.READ_DETAIL, new Latencies.Summary(70, 1, 1, 1, 1)),
                Map.of(), Map.of(), List.of(), 0, 0, 0, 0, NO_COST);

        assertThat(run.commands()).isEqualTo(30);
        assertThat(run.commandsPerSecond()).isEqualTo(3.0);
    }
}
