package org.partnershipledger.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatenciesTest {

    @Test
    void percentiles_are_nearest_rank_over_every_recorded_value() {
        Latencies latencies = new Latencies();
        for (long value = 100; value >= 1; value--) {
            latencies.record(value);
        }

        Latencies.Summary summary = latencies.summary();

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50()).isEqualTo(50);
        assertThat(summary.p95()).isEqualTo(95);
        assertThat(summary.p99()).isEqualTo(99);
        assertThat(summary.max()).isEqualTo(100);
    }

    @Test
    void a_single_slow_value_among_few_is_the_p99() {
        Latencies latencies = new Latencies();
        latencies.record(1);
        latencies.record(2);
        latencies.record(1_000);

        assertThat(latencies.summary().p99()).isEqualTo(1_000);
        assertThat(latencies.summary().p50()).isEqualTo(2);
    }

    @Test
    void no_values_summarise_as_zero() {
        assertThat(new Latencies().summary()).isEqualTo(new Latencies.Summary(0, 0, 0, 0, 0));
    }
}
