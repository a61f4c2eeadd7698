package org.partnershipledger.benchmarks;

import org.junit.jupiter.api.Test;
import org.partnershipledger.testsupport.LeastRebuildWork;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    private static final BenchmarkOptions OPTIONS = BenchmarkOptions.parse(new String[]{"--concurrency=2,4"});
    private static final int PROCESSORS = 5;

    /** A phase of 1,000 commands and 2,000 events whose processors cost the given CPU and statements per event. */
    private static LoadPhase.Result phase(int concurrency, double seconds, double processorMillisPerEvent,
                                          double statementsPerEventPerProcessor, long lagMillis, int neverSeen) {
        long events = 2_000;
        CpuUse cpu = new CpuUse(10_000, Map.of(ThreadRole.PROCESSORS, processorMillisPerEvent * events,
                ThreadRole.REQUESTS, 3_000.0, ThreadRole.JVM, 1_000.0, ThreadRole.OTHER, 500.0));
        SqlUse sql = new SqlUse(true, List.of(new SqlUse.Statement("UPDATE partnership_view SET version = $1",
                StatementKind.READ_MODEL_WRITES, Math.round(statementsPerEventPerProcessor * events * PROCESSORS))));
        return Phases.phase(concurrency, seconds, 1_000L * concurrency, new ServiceCost(cpu, sql, events),
                neverSeen, new long[]{10_000, lagMillis}, new long[]{70_000, lagMillis});
    }

    private static ConfigurationBenchmark.Result result(String name, double processorMillisPerEvent,
                                                        double statementsPerEvent, long lagMillis, int neverSeen,
                                                        long storedEvents, double replayPerSecond) {
        return result(name, processorMillisPerEvent, statementsPerEvent, lagMillis, neverSeen, storedEvents,
                replayPerSecond, null);
    }

    private static ConfigurationBenchmark.Result result(String name, double processorMillisPerEvent,
                                                        double statementsPerEvent, long lagMillis, int neverSeen,
                                                        long storedEvents, double replayPerSecond,
                                                        LeastRebuildWork.Floor leastWork) {
        ServiceCost replayCost = new ServiceCost(CpuUse.UNAVAILABLE, SqlUse.UNAVAILABLE, 0);
        ReplayStep.Result replay = new ReplayStep.Result(storedEvents, storedEvents - 10_000, 5,
                new StreamingCeiling.Result(storedEvents, storedEvents / 100_000.0), true, 5_000, true,
                Math.round(replayPerSecond * 10), 10, List.of("partnership-views"), replayCost, leastWork);
        return new ConfigurationBenchmark.Result(new ServiceConfiguration(name, Map.of()), PROCESSORS,
                List.of(phase(2, 60, processorMillisPerEvent, statementsPerEvent, lagMillis, 0),
                        phase(4, 60, processorMillisPerEvent, statementsPerEvent, lagMillis, neverSeen)),
                phase(4, 120, processorMillisPerEvent, statementsPerEvent, lagMillis, 0),
                new AggregateLoadStep.Result(10_000, 5, 5, 1), replay, false);
    }

    private static ConfigurationBenchmark.Result baseline() {
        return result("axon-defaults", 5, 8, 2_000, 0, 100_000, 1_000);
    }

    private static String render(ConfigurationBenchmark.Result tuned) {
        return new Report(OPTIONS, Map.of(2, 5_000.0, 4, 9_000.0), tuned, baseline()).render();
    }

    @Test
    void issue_13s_targets_are_met_when_every_measurement_is_within_its_bound() {
        String report = render(result("tuned", 0.25, 1.5, 80, 0, 1_200_000, 60_000));

        assertThat(report)
                .contains("| processors' CPU per processed event ≤ 0.3 ms | 0.25 ms, sustained run | yes |")
                .contains("| ≤ 2 SQL statements per event per processor in the mix | 1.50 (7.5 per event over 5 processors), sustained run | yes |")
                .contains("| rebuild of all read models from ≥ 1,000,000 events at ≥ 50% of the streaming ceiling "
                        + "| 60.0% of 100000 rows/s, 1200000 events | yes |")
                .contains("| projection lag p99 ≤ 100 ms at the saturating load, not growing over the sustained run "
                        + "| 80 ms at 4 users; sustained p99 by minute 80 → 80 ms | yes |")
                .contains("| versions never seen in the read model = 0 | 0 in 3 phases | yes |");
    }

    @Test
    void the_rebuild_target_shows_how_much_of_the_ceiling_the_least_work_of_any_rebuild_allows() {
        long events = 1_200_000;
        // 10 µs of the backend's and 20 µs of the client's CPU to read an event, 10 µs to load its rows: 40 µs, so two
        // cores rebuild at most 50,000 events/s, half of the 100,000 rows/s ceiling.
        LeastRebuildWork.Floor leastWork = new LeastRebuildWork.Floor(
                new LeastRebuildWork.Run(events, 6, events * 10e-6, events * 20e-6),
                new LeastRebuildWork.Run(400_000, 3, events * 10e-6, 0), events, 2);

        String report = render(result("tuned", 0.25, 1.5, 80, 0, events, 3_000, leastWork));

        assertThat(report)
                .contains("| rebuild of all read models from ≥ 1,000,000 events at ≥ 50% of the streaming ceiling "
                        + "| 3.0% of 100000 rows/s, 1200000 events; the least work of any rebuild allows at most 50% "
                        + "| **no** |")
                .contains("The least work of any rebuild, tuned: least read")
                .contains("40.00 µs of CPU per stored event in all, so on 2 cores no rebuild is faster than 50000 "
                        + "events/s: 50% of the ceiling.");
    }

    @Test
    void a_small_rebuild_a_slow_minute_and_a_lost_version_each_miss_their_target() {
        String report = render(result("tuned", 2.5, 6, 150, 3, 20_000, 60_000));

        assertThat(report)
                .contains("| processors' CPU per processed event ≤ 0.3 ms | 2.50 ms, sustained run | **no** |")
                .contains("| ≤ 2 SQL statements per event per processor in the mix | 6.00 (30.0 per event over 5 processors), sustained run | **no** |")
                .contains("60.0% of 100000 rows/s, 20000 events | **no** |")
                .contains("150 ms at 4 users; sustained p99 by minute 150 → 150 ms | **no** |")
                .contains("| versions never seen in the read model = 0 | 3 in 3 phases | **no** |");
    }

    @Test
    void the_cost_table_shows_tuned_beside_the_defaults_per_level() {
        String report = render(result("tuned", 0.25, 1.5, 80, 0, 1_200_000, 60_000));

        // 4 users: 4,000 commands, 2,000 events, 10 s of service CPU (3 s of it Tomcat's), 15,000 statements.
        assertThat(report).contains("| 4 | 0.5 / 0.5 | 2.5 / 2.5 | 0.8 / 0.8 | 0.25 / 5.00 | 3.8 / 20.0 | 1.50 / 8.00 | 0 / 0 |");
        assertThat(report).contains("| 4 (sustained) | 0.5 / – |");
    }
}
