package org.partnershipledger.app.settings;

import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Notes each value that cannot be bound and lets binding go on, the value left at its default, so that one pass over
 * a record finds every malformed value in it and then whatever its constructor refuses.
 */
final class ProblemCollectingBindHandler extends AbstractBindHandler {

    private final List<SettingProblem> problems;

    ProblemCollectingBindHandler(List<SettingProblem> problems) {
        this.problems = problems;
    }

    @Override
    public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Exception error) {
        InvalidSettingsException refused = refusal(error);
        if (refused != null) {
            problems.addAll(refused.problems());
        } else {
            problems.add(new SettingProblem(name.toString(), malformed(context.getConfigurationProperty(), target,
                    error)));
        }
        return null;
    }

    private static InvalidSettingsException refusal(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSettingsException refused) {
                return refused;
            }
        }
        return null;
    }

    private static String malformed(ConfigurationProperty property, Bindable<?> target, Exception error) {
        Class<?> type = target.getType().resolve(Object.class);
        if (property == null) {
            return "cannot be bound as " + expected(type) + " (" + rootCause(error).getMessage() + ")";
        }
        return "is '" + property.getValue() + "', not " + expected(type);
    }

    private static String expected(Class<?> type) {
        if (type == Duration.class) {
            return "a duration such as 500ms, 30s, 5m or 1h";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number such as 0.5";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        return "a " + type.getSimpleName();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
