package org.partnershipledger.benchmarks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkOptionsTest {

    @Test
    void the_full_run_replays_a_million_events_after_a_five_minute_sustained_load() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[0]);

        assertThat(options.replayEvents()).isEqualTo(1_000_000);
        assertThat(options.sustained()).isEqualTo(Duration.ofMinutes(5));
        assertThat(options.aggregateEvents()).isEqualTo(10_000);
        assertThat(options.heap()).isEqualTo("512m");
    }

    @Test
    void named_values_override_the_defaults_and_quick_shrinks_them() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[]{"--quick", "--concurrency=3, 6",
                "--postgres-url=jdbc:postgresql://db:5432/bench"});

        assertThat(options.concurrency()).isEqualTo(List.of(3, 6));
        assertThat(options.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/bench");
        assertThat(options.replayEvents()).isLessThan(1_000_000);
    }
}
