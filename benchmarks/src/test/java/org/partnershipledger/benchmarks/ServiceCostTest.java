package org.partnershipledger.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceCostTest {

    private static final CpuUse CPU = new CpuUse(1200.0, Map.of(ThreadRole.PROCESSORS, 600.0,
            ThreadRole.REQUESTS, 400.0, ThreadRole.JVM, 150.0, ThreadRole.OTHER, 50.0));
    private static final SqlUse SQL = new SqlUse(true, List.of(
            new SqlUse.Statement("UPDATE partnership_view SET version = $1", StatementKind.READ_MODEL_WRITES, 900),
            new SqlUse.Statement("UPDATE token_entry SET token = $1", StatementKind.PROCESSING_STATE, 100),
            new SqlUse.Statement("INSERT INTO domain_event_entry VALUES ($1)", StatementKind.EVENT_STORE, 200),
            new SqlUse.Statement("COMMIT", StatementKind.TRANSACTION_CONTROL, 300)));

    @Test
    void cpu_is_shared_out_over_commands_and_the_processors_cpu_over_appended_events() {
        ServiceCost cost = new ServiceCost(CPU, SQL, 200);

        assertThat(cost.cpuMillisPerCommand(100)).isEqualTo(12.0);
        assertThat(cost.requestCpuMillisPerCommand(100)).isEqualTo(4.0);
        assertThat(cost.processorCpuMillisPerEvent()).isEqualTo(3.0);
        assertThat(cost.processorCpuMillisPer(1000)).isEqualTo(0.6);
    }

    @Test
    void the_processors_statements_are_per_event_and_per_processor_and_every_statement_counts_per_command() {
        ServiceCost cost = new ServiceCost(CPU, SQL, 200);

        assertThat(cost.processorStatementsPerEventPerProcessor(5)).isEqualTo(1000.0 / (200 * 5));
        assertThat(cost.statementsPerCommand(100)).isEqualTo(15.0);
        assertThat(cost.statementsPerEvent(StatementKind.EVENT_STORE)).isEqualTo(1.0);
    }

    @Test
    void nothing_to_divide_by_is_no_rate_rather_than_infinity() {
        ServiceCost idle = new ServiceCost(CPU, SQL, 0);

        assertThat(idle.processorCpuMillisPerEvent()).isNaN();
        assertThat(idle.processorStatementsPerEventPerProcessor(5)).isNaN();
        assertThat(idle.cpuMillisPerCommand(0)).isNaN();
    }
}
