package org.partnershipledger.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time a process and each of its live threads have used so far, in clock ticks (user and system time), as
 * Linux reports it in {@code /proc/<pid>/stat} and {@code /proc/<pid>/task/<tid>/stat}. The process's own figure
 * includes threads that have ended, which the per-thread figures cannot.
 */
record CpuSnapshot(long processTicks, Map<Integer, ThreadTime> threads) {

    static final CpuSnapshot UNAVAILABLE = new CpuSnapshot(-1, Map.of());

    /** @param ticks user and system time so far */
    record ThreadTime(String name, long ticks) {
    }

    boolean available() {
        return processTicks >= 0;
    }

    /** The process's threads now, or {@link #UNAVAILABLE} where there is no {@code /proc} (not Linux) or no process. */
    static CpuSnapshot of(long pid) {
        Path process = Path.of("/proc", Long.toString(pid));
        if (!Files.isDirectory(process.resolve("task"))) {
            return UNAVAILABLE;
        }
        Map<Integer, ThreadTime> threads = new HashMap<>();
        try (Stream<Path> tasks = Files.list(process.resolve("task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    threads.put(Integer.valueOf(task.getFileName().toString()), new ThreadTime(
                            Files.readString(task.resolve("comm")).strip(),
                            cpuTicks(Files.readString(task.resolve("stat")))));
                } catch (NoSuchFileException ended) {
                    // The thread ended between the listing and the read; the process's total still counts its time.
                }
            }
            return new CpuSnapshot(cpuTicks(Files.readString(process.resolve("stat"))), threads);
        } catch (NoSuchFileException ended) {
            return UNAVAILABLE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * User plus system time (fields 14 and 15 of proc(5)) from a {@code stat} line. The second field, the name in
     * parentheses, may itself hold spaces and parentheses, so the fields are counted from the last closing one.
     */
    static long cpuTicks(String statLine) {
        String[] afterName = statLine.substring(statLine.lastIndexOf(')') + 2).strip().split(" +");
        // afterName[0] is field 3 (state), so field n is afterName[n - 3].
        return Long.parseLong(afterName[14 - 3]) + Long.parseLong(afterName[15 - 3]);
    }
}
