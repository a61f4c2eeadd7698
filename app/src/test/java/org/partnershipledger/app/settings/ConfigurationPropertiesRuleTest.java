package org.partnershipledger.app.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnershipledger.app.audit.AuditExportProperties;
import org.partnershipledger.app.config.AggregateProperties;
import org.partnershipledger.app.config.HashChainProperties;
import org.partnershipledger.app.config.HttpLimits;
import org.partnershipledger.app.config.JwtClaimProperties;
import org.partnershipledger.app.config.LoadShedding;
import org.partnershipledger.app.config.ProcessingProperties;
import org.partnershipledger.app.notification.WebhookProperties;
import org.partnershipledger.app.observability.ObservabilityProperties;
import org.partnershipledger.app.operations.RebuildProperties;
import org.partnershipledger.app.scaleout.ProcessorScaleOut;
import org.partnershipledger.app.screening.ScreeningProperties;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.mock.env.MockEnvironment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every ledger.* properties record is bound before any bean exists: a value that cannot be converted and one a record
 * refuses are both named, by their full property name, all of them in one pass.
 */
class ConfigurationPropertiesRuleTest {

    private static final List<Class<?>> LEDGER_PROPERTIES = List.of(AggregateProperties.class,
            AuditExportProperties.class, HashChainProperties.class, HttpLimits.class, JwtClaimProperties.class,
            LoadShedding.class, ProcessingProperties.class, ProcessorScaleOut.class, RebuildProperties.class,
            ScreeningProperties.class, WebhookProperties.class, ObservabilityProperties.class);

    private static final String LOCATION = "ledger.screening.un-list.location";

    @Test
    void the_defaults_pass_once_the_sanctions_list_is_named() {
        assertThat(problems(withList())).isEmpty();
    }

    @Test
    void no_sanctions_list_is_named_as_missing_with_an_example() {
        assertThat(problems(new MockEnvironment())).singleElement().satisfies(problem -> {
            assertThat(problem.property()).isEqualTo(LOCATION);
            assertThat(problem.problem()).isEqualTo("is not set");
            assertThat(problem.environmentVariable()).isEqualTo("LEDGER_SCREENING_UN_LIST_LOCATION");
            assertThat(problem.example()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            ledger.screening.threshold                     | 1.5  | is 1.5: it must be above 0 and at most 1
            ledger.screening.threshold                     | 0    | is 0.0: it must be above 0 and at most 1
            ledger.screening.threshold                     | high | is 'high', not a number such as 0.5
            ledger.aggregates.cache-size                   | -1   | is -1: it must be at least 0
            ledger.audit.export-timeout                    | 0s   | is 0s: it must be longer than zero
            ledger.audit.hash-chain.run-every              | -5s  | is -5s: it must be longer than zero
            ledger.audit.hash-chain.batch-size             | 0    | is 0: it must be at least 1
            ledger.audit.hash-chain.gap-timeout            | -1s  | is -1s: it must not be negative
            ledger.audit.hash-chain.checkpoint-every-links | 0    | is 0: it must be at least 1
            ledger.audit.hash-chain.checkpoint-interval    | 0s   | is 0s: it must be longer than zero
            ledger.http.max-body-bytes                     | 0    | is 0: it must be at least 1
            ledger.http.max-body-bytes                     | lots | is 'lots', not a whole number
            ledger.http.rate-limit-burst                   | 0    | is 0: it must be at least 1
            ledger.http.rate-limit-per-second              | 0    | is 0.0: it must be above 0
            ledger.http.max-concurrent-requests            | 0    | is 0: it must be at least 1
            ledger.http.overload-retry-after-seconds       | 0    | is 0: it must be at least 1
            ledger.identity.jwt.user-claim                 | ' '  | is not set
            ledger.processors.mode                         | fast | is 'fast', not one of pooled, tracking
            ledger.processors.batch-size                   | 0    | is 0: it must be at least 1
            ledger.processors.threads                      | 0    | is 0: it must be at least 1
            ledger.processors.pulse                        | 0ms  | is 0s: it must be longer than zero
            ledger.processors.segments                     | 0    | is 0: it must be at least 1
            ledger.processors.max-claimed-segments-per-node | 0   | is 0: it must be at least 1
            ledger.processors.token-claim-interval         | 0s   | is 0s: it must be longer than zero
            ledger.processors.heartbeat-interval           | soon | is 'soon', not a duration such as 500ms, 30s, 5m or 1h
            ledger.rebuilds.records-per-load               | 0    | is 0: it must be at least 1
            ledger.webhooks.max-attempts                   | 0    | is 0: it must be at least 1
            ledger.webhooks.base-delay                     | soon | is 'soon', not a duration such as 500ms, 30s, 5m or 1h
            ledger.webhooks.max-delay                      | 10s  | is 10s, shorter than ledger.webhooks.base-delay (30s): it must be at least as long
            ledger.webhooks.poll-interval                  | 0s   | is 0s: it must be longer than zero
            ledger.webhooks.connect-timeout                | 0s   | is 0s: it must be longer than zero
            ledger.webhooks.request-timeout                | 0s   | is 0s: it must be longer than zero
            ledger.webhooks.threads                        | 0    | is 0: it must be at least 1
            ledger.observability.sample-interval           | 0s   | is 0s: it must be longer than zero
            ledger.observability.processor-stuck-after     | 0s   | is 0s: it must be longer than zero
            ledger.observability.event-store-timeout       | -500 | is -500ms: it must be longer than zero
            ledger.observability.axon-message-timers       | maybe | is 'maybe', not true or false
            """)
    void a_malformed_or_refused_value_is_named_by_its_property(String property, String value, String problem) {
        assertThat(problems(withList().withProperty(property, value)))
                .extracting(SettingProblem::property, SettingProblem::problem).containsExactly(tuple(property, problem));
    }

    @Test
    void every_problem_is_named_at_once_within_a_record_and_across_records() {
        List<SettingProblem> problems = problems(new MockEnvironment()
                .withProperty("ledger.screening.threshold", "2")
                .withProperty("ledger.webhooks.base-delay", "soon")
                .withProperty("ledger.webhooks.max-attempts", "eight")
                .withProperty("ledger.webhooks.threads", "0")
                .withProperty("ledger.processors.batch-size", "0")
                .withProperty("ledger.processors.threads", "0"));

        assertThat(problems).extracting(SettingProblem::property).containsExactlyInAnyOrder(
                LOCATION, "ledger.screening.threshold",
                "ledger.webhooks.base-delay", "ledger.webhooks.max-attempts", "ledger.webhooks.threads",
                "ledger.processors.batch-size", "ledger.processors.threads");
    }

    @Test
    void only_the_ledgers_own_settings_are_bound() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerBeanDefinition("tomcat", new RootBeanDefinition(TomcatServerProperties.class));

        assertThat(new ConfigurationPropertiesRule().problems(
                new MockEnvironment().withProperty("server.tomcat.threads.max", "many"), beans)).isEmpty();
    }

    private static MockEnvironment withList() {
        return new MockEnvironment().withProperty(LOCATION, "/var/lib/partnership-ledger/un-consolidated.xml");
    }

    private static List<SettingProblem> problems(MockEnvironment environment) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        for (Class<?> type : LEDGER_PROPERTIES) {
            beans.registerBeanDefinition(type.getName(), new RootBeanDefinition(type));
        }
        return new ConfigurationPropertiesRule().problems(environment, beans);
    }
}
