package org.partnershipledger.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipledger.build.SkippedTestsLog.Skip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SkippedTestsLogTest {

    private static final String NO_POSTGRES = "needs PostgreSQL, but no PostgreSQL answers";

    @TempDir
    Path directory;

    @Test
    void gathers_the_skips_of_every_test_jvm_sorted_by_module_and_test() throws IOException {
        Files.write(directory.resolve("app-2.txt"), List.of("app\tPostgresVettingIT\t" + NO_POSTGRES, ""));
        Files.write(directory.resolve("adapters-persistence-1.txt"),
                List.of("adapters-persistence\tPostgresEventTableReaderIT\t" + NO_POSTGRES));
        Files.write(directory.resolve("app-1.txt"), List.of("app\tPostgresAuditTrailIT\t" + NO_POSTGRES));

        assertThat(new SkippedTestsLog(directory).skips()).containsExactly(
                new Skip("adapters-persistence", "PostgresEventTableReaderIT", NO_POSTGRES),
                new Skip("app", "PostgresAuditTrailIT", NO_POSTGRES),
                new Skip("app", "PostgresVettingIT", NO_POSTGRES));
    }

    @Test
    void a_new_build_forgets_the_skips_of_the_last_one() throws IOException {
        Files.write(directory.resolve("app-1.txt"), List.of("app\tPostgresVettingIT\t" + NO_POSTGRES));
        SkippedTestsLog log = new SkippedTestsLog(directory);

        log.clear();

        assertThat(log.skips()).isEmpty();
    }

    @Test
    void a_build_without_a_folder_yet_has_skipped_nothing() {
        SkippedTestsLog log = new SkippedTestsLog(directory.resolve("not-yet"));

        log.clear();

        assertThat(log.skips()).isEmpty();
    }

    @Test
    void the_summary_counts_the_skips_and_names_each_reason_once_with_the_tests_it_skipped() {
        assertThat(SkippedTestsLog.summary(List.of(new Skip("adapters-persistence", "A", NO_POSTGRES),
                new Skip("app", "B", "@Disabled"), new Skip("app", "C", NO_POSTGRES)))).containsExactly(
                "SKIPPED 3 test classes or tests in this build:",
                "  @Disabled:", "    - app: B",
                "  " + NO_POSTGRES + ":", "    - adapters-persistence: A", "    - app: C");
        assertThat(SkippedTestsLog.summary(List.of(new Skip("app", "A", NO_POSTGRES)))).first().asString()
                .isEqualTo("SKIPPED 1 test class or test in this build:");
        assertThat(SkippedTestsLog.summary(List.of())).isEmpty();
    }

    @Test
    void a_line_in_another_format_is_kept_rather_than_lost() {
        assertThat(Skip.parse("something else")).isEqualTo(new Skip("", "something else", "no reason given"));
    }
}
