package org.partnershipledger.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopStatementsTest {

    @Test
    void a_statement_fits_one_table_cell() {
        assertThat(TopStatements.oneLine("  SELECT a || b\n  FROM   partnership_view\tWHERE x = `y`  "))
                .isEqualTo("SELECT a \\|\\| b FROM partnership_view WHERE x = 'y'");
    }

    @Test
    void the_most_frequent_statements_come_with_their_calls_per_event_and_per_command() {
        SqlUse sql = new SqlUse(true, List.of(
                new SqlUse.Statement("SELECT document FROM partnership_view WHERE partnership_id = $1",
                        StatementKind.READ_MODEL_READS, 800),
                new SqlUse.Statement("COMMIT", StatementKind.TRANSACTION_CONTROL, 300),
                new SqlUse.Statement("SELECT last_global_index FROM hash_chain_head", StatementKind.OTHER, 2)));
        LoadPhase.Result phase = Phases.phase(4, 10, 100, new ServiceCost(CpuUse.UNAVAILABLE, sql, 200), 0);

        String top = TopStatements.render("Statements at 4 users", phase, 2);

        assertThat(top).contains("1102 statements for 100 commands and 200 appended events (3 distinct statements)")
                .contains("| 800 | 4.00 | 8.00 | read-model reads | `SELECT document FROM partnership_view WHERE partnership_id = $1` |")
                .contains("| 300 | 1.50 | 3.00 | begin / commit / rollback | `COMMIT` |")
                .doesNotContain("hash_chain_head");
    }
}
