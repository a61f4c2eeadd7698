package org.partnershipledger.testsupport;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records, at the end of a test run, every test or class that was skipped and the reason, so that a passing build on a
 * machine without PostgreSQL says plainly what it did not check. Registered through the JUnit Platform's service
 * loader; silent when nothing was skipped.
 *
 * <p>In a Maven build the skips go to the build's folder named by {@value #DIRECTORY_PROPERTY}, one file per test
 * JVM, and the build's core extension ({@code skipped-tests-summary}) lists them all once, after the reactor summary.
 * Anywhere else (an IDE, a build without the extension) they are printed at the end of this run.
 */
public class SkippedTestsReport implements TestExecutionListener {

    /** Also in {@code skipped-tests-summary}'s {@code SkippedTestsLog}: the extension cannot share classes with tests. */
    static final String DIRECTORY_PROPERTY = "ledger.skipped-tests.dir";

    private final List<Skip> skipped = new ArrayList<>();

    private record Skip(String test, String reason) {
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        skipped.add(new Skip(test.getLegacyReportingName(), reason.replaceAll("\\s+", " ")));
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
        String directory = System.getProperty(DIRECTORY_PROPERTY);
        if (directory == null || directory.isBlank()) {
            print();
        } else {
            write(Path.of(directory));
        }
    }

    private void print() {
        StringBuilder report = new StringBuilder(System.lineSeparator())
                .append("SKIPPED ").append(skipped.size()).append(skipped.size() == 1 ? " test class or test" : " test classes or tests")
                .append(":").append(System.lineSeparator());
        skipped.forEach(skip -> report.append("  - ").append(skip.test()).append(": ").append(skip.reason())
                .append(System.lineSeparator()));
        System.out.print(report);
    }

    private void write(Path directory) {
        String module = Path.of(System.getProperty("user.dir")).getFileName().toString();
        // The format SkippedTestsLog reads: module, test and reason, separated by tabs (a reason has no tab left).
        List<String> lines = skipped.stream().map(skip -> module + "\t" + skip.test() + "\t" + skip.reason()).toList();
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(module + "-" + UUID.randomUUID() + ".txt"), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the skipped tests in " + directory, e);
        }
    }
}
