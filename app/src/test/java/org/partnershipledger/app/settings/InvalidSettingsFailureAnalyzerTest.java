package org.partnershipledger.app.settings;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refusal reads as one plain report: each setting on an entry of its own with its environment variable, what it
 * is for and its default (from the configuration metadata) and, where a rule has one, an example.
 */
class InvalidSettingsFailureAnalyzerTest {

    private final InvalidSettingsFailureAnalyzer analyzer = new InvalidSettingsFailureAnalyzer();

    @Test
    void every_setting_is_an_entry_with_its_environment_variable_purpose_default_and_example() {
        FailureAnalysis analysis = analyzer.analyze(new InvalidSettingsException(List.of(
                new SettingProblem("ledger.screening.un-list.location", "is not set", "/srv/ledger/consolidated.xml"),
                new SettingProblem("ledger.screening.threshold", "is 1.5: it must be above 0 and at most 1"),
                new SettingProblem("spring.security.oauth2.resourceserver.jwt.audiences",
                        "is not set: it names the audience (aud) a token must be issued for", "partnership-ledger"))));

        assertThat(analysis.getDescription()).startsWith("Partnership Ledger cannot start: 3 settings are missing or invalid.")
                .contains("""
                          - ledger.screening.un-list.location (LEDGER_SCREENING_UN_LIST_LOCATION) is not set.
                            The UN Security Council Consolidated List: a file path, a file: or https: URL, or a \
                        classpath: resource. Required outside the default profile, which uses the bundled fictitious \
                        sample.
                            For example: LEDGER_SCREENING_UN_LIST_LOCATION=/srv/ledger/consolidated.xml
                          - ledger.screening.threshold (LEDGER_SCREENING_THRESHOLD) is 1.5: it must be above 0 and at \
                        most 1.
                            The score (above 0, at most 1) from which a listed name counts as a match.
                            Default: 0.88
                          - spring.security.oauth2.resourceserver.jwt.audiences \
                        (SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES) is not set: it names the audience (aud) \
                        a token must be issued for.
                            Identifies the recipients that the JWT is intended for.
                            For example: SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES=partnership-ledger""");
        assertThat(analysis.getAction()).contains("environment variable", "--property=value", "README");
    }

    @Test
    void a_record_refusing_its_values_late_is_reported_the_same_way() {
        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("webhookProperties", "cannot bind",
                new InvalidSettingsException(List.of(new SettingProblem("ledger.webhooks.threads", "is 0: it must be "
                        + "at least 1")))));

        assertThat(analysis.getDescription()).contains("1 setting is missing or invalid",
                "ledger.webhooks.threads (LEDGER_WEBHOOKS_THREADS) is 0: it must be at least 1.",
                "Deliveries in flight at most on this node.", "Default: 4");
    }
}
