package org.partnershipledger.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CpuUseTest {

    private static CpuSnapshot.ThreadTime thread(String name, long ticks) {
        return new CpuSnapshot.ThreadTime(name, ticks);
    }

    @Test
    void each_role_gets_its_threads_time_since_the_first_snapshot_in_milliseconds() {
        CpuSnapshot before = new CpuSnapshot(1000, Map.of(
                1, thread("WorkPackage[par", 100),
                2, thread("http-nio-8080-e", 200),
                3, thread("GC Thread#0", 50)));
        CpuSnapshot after = new CpuSnapshot(1100, Map.of(
                1, thread("WorkPackage[par", 140),
                2, thread("http-nio-8080-e", 230),
                3, thread("GC Thread#0", 60),
                4, thread("Coordinator[par", 5)));

        CpuUse use = CpuUse.between(before, after, 100);

        assertThat(use.totalMillis()).isEqualTo(1000.0);
        assertThat(use.millis(ThreadRole.PROCESSORS)).as("a thread started in between counts from zero")
                .isEqualTo(450.0);
        assertThat(use.millis(ThreadRole.REQUESTS)).isEqualTo(300.0);
        assertThat(use.millis(ThreadRole.JVM)).isEqualTo(100.0);
        assertThat(use.millis(ThreadRole.OTHER)).as("what no live thread accounts for").isEqualTo(150.0);
        assertThat(use.share(ThreadRole.PROCESSORS)).isCloseTo(0.45, within(1e-9));
    }

    @Test
    void a_thread_that_ended_in_between_is_only_in_the_process_total_and_so_in_other() {
        CpuSnapshot before = new CpuSnapshot(500, Map.of(1, thread("http-nio-8080-e", 100), 2, thread("task-1", 300)));
        CpuSnapshot after = new CpuSnapshot(560, Map.of(1, thread("http-nio-8080-e", 120)));

        CpuUse use = CpuUse.between(before, after, 100);

        assertThat(use.millis(ThreadRole.REQUESTS)).isEqualTo(200.0);
        assertThat(use.millis(ThreadRole.OTHER)).isEqualTo(400.0);
        assertThat(use.totalMillis()).isEqualTo(600.0);
    }

    @Test
    void the_clock_tick_rate_scales_ticks_to_milliseconds() {
        CpuSnapshot before = new CpuSnapshot(0, Map.of(1, thread("http-nio-1", 0)));
        CpuSnapshot after = new CpuSnapshot(250, Map.of(1, thread("http-nio-1", 250)));

        assertThat(CpuUse.between(before, after, 250).millis(ThreadRole.REQUESTS)).isEqualTo(1000.0);
    }

    @Test
    void without_proc_there_is_no_cpu_use() {
        CpuUse use = CpuUse.between(CpuSnapshot.UNAVAILABLE, new CpuSnapshot(10, Map.of()), 100);

        assertThat(use.totalMillis()).isNaN();
        assertThat(use.millis(ThreadRole.PROCESSORS)).isNaN();
    }
}
