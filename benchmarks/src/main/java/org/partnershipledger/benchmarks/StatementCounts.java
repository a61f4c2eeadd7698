package org.partnershipledger.benchmarks;

import java.util.Map;

/**
 * How often each statement of one role has run so far, by {@code pg_stat_statements}' query id: the server's running
 * totals, which two snapshots turn into the statements of a phase.
 */
record StatementCounts(boolean available, Map<Long, Counted> byQueryId) {

    static final StatementCounts UNAVAILABLE = new StatementCounts(false, Map.of());

    /** @param query the statement as the server normalised it (constants replaced by $1, $2…) */
    record Counted(String query, long calls) {
    }
}
