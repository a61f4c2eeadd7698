package org.partnershipledger.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SqlUseTest {

    private static final String READ_VIEW = "SELECT document FROM partnership_view WHERE partnership_id = $1";
    private static final String MOVE_TOKEN = "UPDATE token_entry SET token = $1 WHERE processor_name = $2";
    private static final String APPEND = "INSERT INTO domain_event_entry (event_identifier) VALUES ($1)";
    private static final String COMMIT = "COMMIT";

    private static StatementCounts counts(Map<Long, StatementCounts.Counted> byQueryId) {
        return new StatementCounts(true, byQueryId);
    }

    private static StatementCounts.Counted counted(String query, long calls) {
        return new StatementCounts.Counted(query, calls);
    }

    @Test
    void the_calls_of_a_phase_are_the_difference_of_the_running_totals_most_frequent_first() {
        StatementCounts before = counts(Map.of(1L, counted(READ_VIEW, 100), 2L, counted(MOVE_TOKEN, 50),
                3L, counted(COMMIT, 10)));
        StatementCounts after = counts(Map.of(1L, counted(READ_VIEW, 130), 2L, counted(MOVE_TOKEN, 90),
                3L, counted(COMMIT, 10), 4L, counted(APPEND, 7)));

        SqlUse use = SqlUse.between(before, after);

        assertThat(use.statements()).extracting(SqlUse.Statement::query, SqlUse.Statement::calls).containsExactly(
                tuple(MOVE_TOKEN, 40L),
                tuple(READ_VIEW, 30L),
                tuple(APPEND, 7L));
        assertThat(use.total()).isEqualTo(77);
        assertThat(use.processorCalls()).isEqualTo(70);
        assertThat(use.calls(StatementKind.EVENT_STORE)).isEqualTo(7);
        assertThat(use.calls(StatementKind.TRANSACTION_CONTROL)).isZero();
        assertThat(use.top(2)).extracting(SqlUse.Statement::kind)
                .containsExactly(StatementKind.PROCESSING_STATE, StatementKind.READ_MODEL_READS);
    }

    @Test
    void a_total_that_fell_was_reset_and_counts_from_zero() {
        SqlUse use = SqlUse.between(counts(Map.of(1L, counted(COMMIT, 500))), counts(Map.of(1L, counted(COMMIT, 20))));

        assertThat(use.total()).isEqualTo(20);
    }

    @Test
    void without_counts_on_either_side_there_is_no_sql_use() {
        SqlUse use = SqlUse.between(StatementCounts.UNAVAILABLE, counts(Map.of(1L, counted(COMMIT, 1))));

        assertThat(use.available()).isFalse();
        assertThat(new ServiceCost(CpuUse.UNAVAILABLE, use, 10).statementsPerCommand(5)).isNaN();
    }
}
