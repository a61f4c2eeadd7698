package org.partnershipledger.benchmarks;

/**
 * Reads what the running service has cost so far (its threads' CPU times, its statements, the head of its event
 * store) at the start of a phase, and turns a second reading at its end into the phase's {@link ServiceCost}. The
 * process id is asked of the service at each reading, since steps restart it; a phase must not span a restart.
 */
final class ServiceCostMeter {

    private final ServiceUnderTest service;
    private final StoredEvents events;
    private final StatementStatistics statements;
    private final long ticksPerSecond;

    ServiceCostMeter(ServiceUnderTest service, StoredEvents events, StatementStatistics statements,
                     long ticksPerSecond) {
        this.service = service;
        this.events = events;
        this.statements = statements;
        this.ticksPerSecond = ticksPerSecond;
    }

    Reading read() {
        return new Reading(service.pid(), CpuSnapshot.of(service.pid()), statements.counts(), events.head());
    }

    ServiceCost since(Reading start) {
        if (service.pid() != start.pid()) {
            throw new IllegalStateException("the service restarted during a measured phase");
        }
        CpuSnapshot cpu = CpuSnapshot.of(start.pid());
        StatementCounts counts = statements.counts();
        long appended = events.countAfter(start.head());
        return new ServiceCost(CpuUse.between(start.cpu(), cpu, ticksPerSecond), SqlUse.between(start.statements(), counts),
                appended);
    }

    record Reading(long pid, CpuSnapshot cpu, StatementCounts statements, long head) {
    }
}
