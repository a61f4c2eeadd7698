package org.partnershipledger.app.settings;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * Binds every {@code ledger.*} properties record the context is about to create, as Spring Boot will bind it, so that
 * a value that cannot be converted (a malformed duration, a word for a number) and one the record refuses
 * ({@link SettingConstraints}) are found now, with all the others, instead of one at a time as beans are created.
 */
final class ConfigurationPropertiesRule implements SettingsRule {

    private static final String LEDGER = "ledger.";

    @Override
    public List<SettingProblem> problems(Environment environment, ConfigurableListableBeanFactory beans) {
        Binder binder = Binder.get(environment);
        List<SettingProblem> problems = new ArrayList<>();
        ProblemCollectingBindHandler collector = new ProblemCollectingBindHandler(problems);
        for (String name : beans.getBeanDefinitionNames()) {
            Class<?> type = beanClass(beans, beans.getBeanDefinition(name));
            MergedAnnotation<ConfigurationProperties> properties = type == null ? MergedAnnotation.missing()
                    : MergedAnnotations.from(type).get(ConfigurationProperties.class);
            if (properties.isPresent() && properties.getString("prefix").startsWith(LEDGER)) {
                binder.bindOrCreate(properties.getString("prefix"), Bindable.of(type), collector);
            }
        }
        return problems;
    }

    private static Class<?> beanClass(ConfigurableListableBeanFactory beans, BeanDefinition definition) {
        String className = definition.getBeanClassName();
        return className == null ? null : ClassUtils.resolveClassName(className, beans.getBeanClassLoader());
    }
}
