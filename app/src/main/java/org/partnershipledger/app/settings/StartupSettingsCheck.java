package org.partnershipledger.app.settings;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;

import java.util.List;

/**
 * Checks every setting before any bean is created, and refuses the start with one {@link InvalidSettingsException}
 * naming every setting that is missing or invalid.
 *
 * <p>A bean factory post-processor, because Spring runs those once every bean is defined (Spring Boot's conditions
 * evaluated, so it is known whether there will be demo users or a JWT decoder) and before any is created: the data
 * source, Flyway and Axon's event store do not exist yet, so nothing has touched the database. An environment
 * post-processor would run earlier still, but before the settings a test context adds
 * ({@code @DynamicPropertySource}), and for every Spring application on the class path rather than this one.
 */
public class StartupSettingsCheck implements BeanFactoryPostProcessor, PriorityOrdered, EnvironmentAware {

    private final List<SettingsRule> rules = List.of(
            new IdentitySourceRule(), new DataSourceRule(), new ConfigurationPropertiesRule());
    private Environment environment;

    /** Spring creates post-processors before it can inject anything into a constructor. */
    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        List<SettingProblem> problems = rules.stream()
                .flatMap(rule -> rule.problems(environment, beans).stream())
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
    }

    /** Ahead of every other post-processor, in case one of them reaches for a bean. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
