package org.partnershipledger.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The statements a service ran between two snapshots of its counts, most frequent first. */
record SqlUse(boolean available, List<Statement> statements) {

    static final SqlUse UNAVAILABLE = new SqlUse(false, List.of());

    record Statement(String query, StatementKind kind, long calls) {
    }

    /**
     * The calls of each statement since {@code before}. A statement the server forgot in between (its table of
     * statements is bounded) cannot be told apart from one that did not run, and counts from zero.
     */
    static SqlUse between(StatementCounts before, StatementCounts after) {
        if (!before.available() || !after.available()) {
            return UNAVAILABLE;
        }
        List<Statement> statements = new ArrayList<>();
        for (Map.Entry<Long, StatementCounts.Counted> each : after.byQueryId().entrySet()) {
            StatementCounts.Counted earlier = before.byQueryId().get(each.getKey());
            long calls = each.getValue().calls() - (earlier == null || earlier.calls() > each.getValue().calls()
                    ? 0 : earlier.calls());
            if (calls > 0) {
                String query = each.getValue().query();
                statements.add(new Statement(query, StatementKind.of(query), calls));
            }
        }
        statements.sort(Comparator.comparingLong(Statement::calls).reversed());
        return new SqlUse(true, List.copyOf(statements));
    }

    long total() {
        return calls(kind -> true);
    }

    long calls(StatementKind kind) {
        return calls(kind::equals);
    }

    /** The statements of the event processors (StatementKind#processors). */
    long processorCalls() {
        return calls(StatementKind::processors);
    }

    List<Statement> top(int count) {
        return statements.subList(0, Math.min(count, statements.size()));
    }

    private long calls(Predicate<StatementKind> kinds) {
        return statements.stream().filter(statement -> kinds.test(statement.kind())).mapToLong(Statement::calls).sum();
    }
}
