package org.partnershipledger.app.settings;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns refused settings into Spring Boot's plain "APPLICATION FAILED TO START" report: one entry per setting, each
 * with the environment variable that sets it, what it is for and its default, so that one restart can fix them all.
 */
public class InvalidSettingsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSettingsException> {

    private static final Pattern JAVADOC_CODE = Pattern.compile("\\{@code ([^}]*)}");

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingsException cause) {
        SettingDescriptions descriptions = SettingDescriptions.onClassPath(classLoader());
        List<SettingProblem> problems = cause.problems();
        return new FailureAnalysis(
                "Partnership Ledger cannot start: " + count(problems.size()) + " missing or invalid.\n\n"
                        + problems.stream().map(problem -> entry(problem, descriptions.of(problem.property())))
                        .collect(Collectors.joining("\n")),
                "Set each setting above, as the environment variable shown or as a --property=value argument, and "
                        + "start again. The README's \"Configuration\" describes every setting; outside the default "
                        + "profile (the demo machine's) nothing falls back to demo users, the demo's database or the "
                        + "fictitious sanctions list.",
                cause);
    }

    private static String entry(SettingProblem problem, Optional<SettingDescriptions.Description> description) {
        StringBuilder entry = new StringBuilder("  - ").append(problem.property()).append(" (")
                .append(problem.environmentVariable()).append(") ").append(problem.problem()).append('.');
        description.map(SettingDescriptions.Description::text).filter(text -> !text.isBlank())
                .ifPresent(text -> entry.append("\n    ").append(sentence(text)));
        description.map(SettingDescriptions.Description::defaultValue)
                .ifPresent(value -> entry.append("\n    Default: ").append(value));
        if (problem.example() != null) {
            entry.append("\n    For example: ").append(problem.environmentVariable()).append('=')
                    .append(problem.example());
        }
        return entry.toString();
    }

    /** The metadata of records is their Javadoc: a lower-case phrase, sometimes with {@code ...}. */
    private static String sentence(String text) {
        String plain = JAVADOC_CODE.matcher(text.strip()).replaceAll("$1");
        String capitalized = Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
        return capitalized.endsWith(".") ? capitalized : capitalized + ".";
    }

    private static String count(int settings) {
        return settings == 1 ? "1 setting is" : settings + " settings are";
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : InvalidSettingsFailureAnalyzer.class.getClassLoader();
    }
}
