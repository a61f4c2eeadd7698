package org.partnershipledger.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The folder where each test JVM of one build leaves the tests it skipped, one file per JVM and one line per test
 * (module, test and reason, separated by tabs), for {@link SkippedTestsSummary} to gather when the build ends.
 * test-support's {@code SkippedTestsReport} writes the files; the folder's name reaches it as the system property
 * {@value #DIRECTORY_PROPERTY}, which Surefire and Failsafe hand every test JVM as they hand every user property.
 */
final class SkippedTestsLog {

    static final String DIRECTORY_PROPERTY = "ledger.skipped-tests.dir";

    record Skip(String module, String test, String reason) {

        static Skip parse(String line) {
            String[] fields = line.split("\t", 3);
            return fields.length == 3 ? new Skip(fields[0], fields[1], fields[2]) : new Skip("", line, "no reason given");
        }
    }

    private final Path directory;

    SkippedTestsLog(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** Forgets an earlier build's skips, so that the summary speaks of this build only. */
    void clear() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + directory, e);
        }
    }

    /** Every skip the test JVMs wrote, sorted by module and test. */
    List<Skip> skips() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Skip> skips = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                        .map(Skip::parse).forEach(skips::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        }
        skips.sort(Comparator.comparing(Skip::module).thenComparing(Skip::test));
        return skips;
    }

    /**
     * The summary's lines: a heading with the count, then each reason once (usually the same for every PostgreSQL
     * test) with the tests it skipped; none when nothing was skipped.
     */
    static List<String> summary(List<Skip> skips) {
        if (skips.isEmpty()) {
            return List.of();
        }
        Map<String, List<Skip>> byReason = new TreeMap<>();
        skips.forEach(skip -> byReason.computeIfAbsent(skip.reason(), reason -> new ArrayList<>()).add(skip));
        List<String> lines = new ArrayList<>();
        lines.add("SKIPPED " + skips.size() + (skips.size() == 1 ? " test class or test" : " test classes or tests")
                + " in this build:");
        byReason.forEach((reason, skipped) -> {
            lines.add("  " + reason + ":");
            skipped.forEach(skip -> lines.add("    - " + skip.module() + ": " + skip.test()));
        });
        return lines;
    }
}
