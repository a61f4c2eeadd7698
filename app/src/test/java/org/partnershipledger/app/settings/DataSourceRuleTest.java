package org.partnershipledger.app.settings;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The database must be named, as a JDBC URL; only the default profile names one by itself. */
class DataSourceRuleTest {

    @Test
    void no_url_is_named_as_missing_with_an_example() {
        List<SettingProblem> problems = problems(new MockEnvironment());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.property()).isEqualTo("spring.datasource.url");
            assertThat(problem.problem()).startsWith("is not set");
            assertThat(problem.environmentVariable()).isEqualTo("SPRING_DATASOURCE_URL");
            assertThat(problem.example()).startsWith("jdbc:postgresql://");
        });
    }

    @Test
    void a_url_that_is_not_a_jdbc_url_is_refused_without_repeating_it() {
        List<SettingProblem> problems = problems(new MockEnvironment().withProperty("spring.datasource.url",
                "postgresql://ledger:secret@db.example.org/partnership_ledger"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.problem()).startsWith("does not start with jdbc:").doesNotContain("secret");
        });
    }

    @Test
    void a_jdbc_url_passes_with_or_without_a_password() {
        assertThat(problems(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://localhost:5432/partnership_ledger")
                .withProperty("spring.datasource.password", ""))).isEmpty();
    }

    @Test
    void a_data_source_looked_up_by_jndi_needs_no_url() {
        assertThat(problems(new MockEnvironment().withProperty("spring.datasource.jndi-name", "jdbc/ledger")))
                .isEmpty();
    }

    private static List<SettingProblem> problems(MockEnvironment environment) {
        return new DataSourceRule().problems(environment, new DefaultListableBeanFactory());
    }
}
