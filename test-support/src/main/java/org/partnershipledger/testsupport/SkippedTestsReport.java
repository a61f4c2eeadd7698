package org.partnershipledger.testsupport;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints, at the end of a test run, every test or class that was skipped and the reason, so that a passing build on a
 * machine without PostgreSQL says plainly what it did not check. Registered through the JUnit Platform's service
 * loader; silent when nothing was skipped.
 */
public class SkippedTestsReport implements TestExecutionListener {

    private final List<String> skipped = new ArrayList<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        skipped.add(test.getLegacyReportingName() + " (" + test.getDisplayName() + "): " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        // Nothing to record: only skips are reported.
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (skipped.isEmpty()) {
            return;
        }
        StringBuilder report = new StringBuilder(System.lineSeparator())
                .append("SKIPPED ").append(skipped.size()).append(skipped.size() == 1 ? " test class or test" : " test classes or tests")
                .append(":").append(System.lineSeparator());
        skipped.forEach(line -> report.append("  - ").append(line).append(System.lineSeparator()));
        System.out.print(report);
    }
}
