package org.partnershipledger.app.settings;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Settings the service cannot start with, all of them at once: thrown by {@link StartupSettingsCheck} before any bean
 * exists, and by a properties record's constructor ({@link SettingConstraints}) for the values it refuses.
 */
public class InvalidSettingsException extends IllegalArgumentException {

    private final transient List<SettingProblem> problems;

    public InvalidSettingsException(List<SettingProblem> problems) {
        super(problems.stream().map(problem -> problem.property() + " " + problem.problem())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<SettingProblem> problems() {
        return problems;
    }
}
