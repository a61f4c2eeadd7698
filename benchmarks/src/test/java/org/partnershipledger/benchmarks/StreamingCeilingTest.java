package org.partnershipledger.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingCeilingTest {

    @Test
    void a_rate_is_a_percentage_of_the_rows_streamed_per_second() {
        StreamingCeiling.Result ceiling = new StreamingCeiling.Result(1_000_000, 8.0);

        assertThat(ceiling.rowsPerSecond()).isEqualTo(125_000.0);
        assertThat(ceiling.percentOf(62_500)).isEqualTo(50.0);
    }
}
