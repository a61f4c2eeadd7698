package org.partnershipledger.benchmarks;

/**
 * What a phase cost the service: its CPU by thread role, its SQL statements, and the events appended to its event
 * store meanwhile, which the processors had to process. Rates are NaN where a count is unavailable or zero.
 */
record ServiceCost(CpuUse cpu, SqlUse sql, long eventsAppended) {

    double cpuMillisPerCommand(long commands) {
        return per(cpu.totalMillis(), commands);
    }

    double requestCpuMillisPerCommand(long commands) {
        return per(cpu.millis(ThreadRole.REQUESTS), commands);
    }

    /** The processors' CPU over the events they had to process: those appended during the phase. */
    double processorCpuMillisPerEvent() {
        return processorCpuMillisPer(eventsAppended);
    }

    double processorCpuMillisPer(long events) {
        return per(cpu.millis(ThreadRole.PROCESSORS), events);
    }

    double statementsPerCommand(long commands) {
        return sql.available() ? per(sql.total(), commands) : Double.NaN;
    }

    double statementsPerEvent(StatementKind kind) {
        return sql.available() ? per(sql.calls(kind), eventsAppended) : Double.NaN;
    }

    /** The processors' statements over every (event, processor) pair: each processor sees every event. */
    double processorStatementsPerEventPerProcessor(int processors) {
        return processorStatementsPer(eventsAppended, processors);
    }

    double processorStatementsPer(long events, int processors) {
        return sql.available() ? per(sql.processorCalls(), events * processors) : Double.NaN;
    }

    private static double per(double amount, long count) {
        return count == 0 ? Double.NaN : amount / count;
    }
}
