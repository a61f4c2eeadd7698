package org.partnershipledger.benchmarks;

import java.util.EnumMap;
import java.util.Map;

/**
 * The CPU a service used between two snapshots, in milliseconds, in all and by what its threads work for. Threads
 * that ended in between are counted only in the process's total; what the live threads do not account for is put to
 * {@link ThreadRole#OTHER}, so the roles add up to the total.
 */
record CpuUse(double totalMillis, Map<ThreadRole, Double> millisByRole) {

    static final CpuUse UNAVAILABLE = new CpuUse(Double.NaN, Map.of());

    static CpuUse between(CpuSnapshot before, CpuSnapshot after, long ticksPerSecond) {
        if (!before.available() || !after.available()) {
            return UNAVAILABLE;
        }
        double millisPerTick = 1000.0 / ticksPerSecond;
        Map<ThreadRole, Double> byRole = new EnumMap<>(ThreadRole.class);
        for (ThreadRole role : ThreadRole.values()) {
            byRole.put(role, 0.0);
        }
        long accounted = 0;
        for (Map.Entry<Integer, CpuSnapshot.ThreadTime> thread : after.threads().entrySet()) {
            CpuSnapshot.ThreadTime earlier = before.threads().get(thread.getKey());
            long used = thread.getValue().ticks() - (earlier == null ? 0 : earlier.ticks());
            accounted += used;
            byRole.merge(ThreadRole.of(thread.getValue().name()), used * millisPerTick, Double::sum);
        }
        long total = after.processTicks() - before.processTicks();
        byRole.merge(ThreadRole.OTHER, Math.max(0, total - accounted) * millisPerTick, Double::sum);
        return new CpuUse(total * millisPerTick, byRole);
    }

    double millis(ThreadRole role) {
        return millisByRole.getOrDefault(role, Double.NaN);
    }

    /** The share of the total used by threads of the role, 0 to 1. */
    double share(ThreadRole role) {
        return millis(role) / totalMillis;
    }
}
