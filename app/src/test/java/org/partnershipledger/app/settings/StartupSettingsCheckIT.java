package org.partnershipledger.app.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The real application, started in a production profile (any but {@code default}) with several settings missing or
 * invalid at once: it is refused with one report naming every one of them, before anything touched the database (the
 * H2 file it was pointed at is never even created, so Flyway never ran). The demo machine's start is unaffected.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupSettingsCheckIT {

    @TempDir
    Path directory;

    @Test
    void a_production_start_missing_several_settings_names_them_all_in_one_report_before_flyway_runs(
            CapturedOutput output) throws SQLException {
        String url = "jdbc:h2:file:" + directory.resolve("ledger");

        // No identity source, no audience, no sanctions list; a threshold out of range, a negative and a malformed
        // duration. Before issue 14 this start ran Flyway (22 tables) and then named the sanctions list alone.
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(PartnershipLedgerApplication.class)
                .profiles("production")
                .run("--server.port=0", "--spring.datasource.url=" + url,
                        "--ledger.screening.threshold=1.5",
                        "--ledger.observability.sample-interval=-5s",
                        "--ledger.webhooks.base-delay=soon")
                .close());

        assertThat(failure).as("the start is refused").isInstanceOf(InvalidSettingsException.class);
        // Read before the tables are listed, since connecting creates the file.
        boolean databaseFileCreated = Files.exists(directory.resolve("ledger.mv.db"));
        assertThat(tablesIn(url)).as("tables in the database after the refused start: Flyway never ran").isEmpty();
        assertThat(databaseFileCreated).as("something connected to the database").isFalse();
        String report = output.getOut() + output.getErr();
        assertThat(report).contains("APPLICATION FAILED TO START", "6 settings are missing or invalid");
        assertThat(report).as("one report naming every setting with its environment variable").contains(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
                "spring.security.oauth2.resourceserver.jwt.audiences",
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES",
                "ledger.screening.un-list.location", "LEDGER_SCREENING_UN_LIST_LOCATION",
                "ledger.screening.threshold", "LEDGER_SCREENING_THRESHOLD",
                "ledger.observability.sample-interval", "LEDGER_OBSERVABILITY_SAMPLE_INTERVAL",
                "ledger.webhooks.base-delay", "LEDGER_WEBHOOKS_BASE_DELAY");
    }

    @Test
    void a_production_start_without_a_database_is_refused_rather_than_kept_in_memory() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(PartnershipLedgerApplication.class)
                .profiles("production")
                .run("--server.port=0",
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokens.ISSUER,
                        "--spring.security.oauth2.resourceserver.jwt.audiences=" + TestTokens.AUDIENCE,
                        "--ledger.screening.un-list.location=classpath:sanctions/un-consolidated-sample.xml")
                .close());

        assertThat(failure).isInstanceOf(InvalidSettingsException.class);
        assertThat(((InvalidSettingsException) failure).problems()).extracting(SettingProblem::property)
                .containsExactly("spring.datasource.url");
    }

    @Test
    void the_default_profile_with_tokens_needs_neither_issuer_nor_audience() {
        // The demo machine: demo users beside tokens, as AuthorizationMatrixIT runs it.
        new SpringApplicationBuilder(PartnershipLedgerApplication.class).profiles("default")
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:settings-" + System.nanoTime()
                                + ";DB_CLOSE_DELAY=-1",
                        "--spring.security.oauth2.resourceserver.jwt.public-key-location="
                                + new TestTokens().publicKeyLocation())
                .close();
    }

    private static List<String> tablesIn(String url) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
