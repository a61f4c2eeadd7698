package org.partnershipledger.benchmarks;

import java.util.Arrays;

/**
 * Every latency of one operation in one phase, in nanoseconds, kept whole rather than bucketed: a phase records at
 * most a few million values, and exact percentiles need no tuning of bucket precision.
 */
final class Latencies {

    private long[] values = new long[1024];
    private int count;

    synchronized void record(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[count++] = nanos;
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return new Summary(count, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                count == 0 ? 0 : sorted[count - 1]);
    }

    /** Nearest-rank percentile: the smallest recorded value that at least {@code p}% of values do not exceed. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** Count and percentiles, in nanoseconds. */
    record Summary(long count, long p50, long p95, long p99, long max) {

        double p50Millis() {
            return p50 / 1e6;
        }

        double p95Millis() {
            return p95 / 1e6;
        }

        double p99Millis() {
            return p99 / 1e6;
        }
    }
}
