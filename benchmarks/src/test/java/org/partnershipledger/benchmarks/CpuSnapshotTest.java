package org.partnershipledger.benchmarks;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CpuSnapshotTest {

    @Test
    void user_and_system_time_are_fields_14_and_15_counted_after_the_name() {
        String stat = "4242 (C2 CompilerThre) S 4100 4100 1 0 -1 4194368 3069 0 0 0 1234 56 0 0 20 0 41 0 9937 "
                + "3942531072 48384 18446744073709551615 1 1 0 0 0 0 4 0 16384 0 0 0 -1 1 0 0 0 0 0";

        assertThat(CpuSnapshot.cpuTicks(stat)).isEqualTo(1234 + 56);
    }

    @Test
    void a_name_with_spaces_and_parentheses_does_not_shift_the_fields() {
        String stat = "7 (odd (name) x) R 1 7 7 0 -1 0 0 0 0 0 10 20 0 0 20 0 1 0 100 0 0 0";

        assertThat(CpuSnapshot.cpuTicks(stat)).isEqualTo(30);
    }

    @Test
    void this_process_reads_as_threads_whose_times_the_process_total_covers() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");

        CpuSnapshot snapshot = CpuSnapshot.of(ProcessHandle.current().pid());

        assertThat(snapshot.available()).isTrue();
        assertThat(snapshot.threads()).containsKey((int) ProcessHandle.current().pid());
        assertThat(snapshot.threads().values()).allSatisfy(thread -> assertThat(thread.name()).hasSizeBetween(1, 15));
        assertThat(snapshot.processTicks()).isGreaterThanOrEqualTo(
                snapshot.threads().values().stream().mapToLong(CpuSnapshot.ThreadTime::ticks).sum());
    }

    @Test
    void a_process_that_is_not_there_is_unavailable() {
        assertThat(CpuSnapshot.of(Long.MAX_VALUE).available()).isFalse();
    }
}
