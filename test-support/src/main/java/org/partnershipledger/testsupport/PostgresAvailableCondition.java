package org.partnershipledger.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Optional;

/** Enables a {@link RequiresPostgres} test where PostgreSQL answers, or whenever the build runs in CI. */
class PostgresAvailableCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> unavailable = PostgresTestDatabase.unavailableBecause();
        if (unavailable.isEmpty()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + PostgresTestDatabase.url());
        }
        if (runsInCi()) {
            return ConditionEvaluationResult.enabled("CI=true: PostgreSQL tests are required, and will fail because "
                    + unavailable.get());
        }
        return ConditionEvaluationResult.disabled("needs PostgreSQL, but " + unavailable.get()
                + "; start PostgreSQL or set " + PostgresTestDatabase.URL_VARIABLE + " to run it");
    }

    private static boolean runsInCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
