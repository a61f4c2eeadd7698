package org.partnershipledger.app.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a properties record refuses, stated in its constructor: every value out of bounds is named by its full property
 * name, all of them in one {@link InvalidSettingsException}. The record is where a limit is written once; the start-up
 * check finds it by binding the record early, and Spring Boot enforces it again when it creates the bean.
 */
public final class SettingConstraints {

    private final String prefix;
    private final List<SettingProblem> problems = new ArrayList<>();

    private SettingConstraints(String prefix) {
        this.prefix = prefix;
    }

    /** @param prefix the record's {@code @ConfigurationProperties} prefix, e.g. {@code ledger.webhooks} */
    public static SettingConstraints under(String prefix) {
        return new SettingConstraints(prefix);
    }

    public SettingConstraints required(String name, String value, String example) {
        return refuseIf(value == null || value.isBlank(), name, "is not set", example);
    }

    public SettingConstraints atLeast(String name, long value, long minimum) {
        return refuseIf(value < minimum, name, "is " + value + ": it must be at least " + minimum, null);
    }

    /** For a setting that may be left unset, meaning "no limit" or "computed". */
    public SettingConstraints atLeastIfSet(String name, Integer value, long minimum) {
        return value == null ? this : atLeast(name, value, minimum);
    }

    public SettingConstraints positive(String name, double value) {
        return refuseIf(!(value > 0), name, "is " + value + ": it must be above 0", null);
    }

    public SettingConstraints aboveAndAtMost(String name, double value, double exclusiveMinimum,
                                             double inclusiveMaximum) {
        return refuseIf(!(value > exclusiveMinimum && value <= inclusiveMaximum), name, "is " + value
                + ": it must be above " + plain(exclusiveMinimum) + " and at most " + plain(inclusiveMaximum), null);
    }

    public SettingConstraints positive(String name, Duration value) {
        return refuseIf(value.isNegative() || value.isZero(), name,
                "is " + readable(value) + ": it must be longer than zero", null);
    }

    public SettingConstraints notNegative(String name, Duration value) {
        return refuseIf(value.isNegative(), name, "is " + readable(value) + ": it must not be negative", null);
    }

    public SettingConstraints notShorterThan(String name, Duration value, String otherName, Duration other) {
        return refuseIf(value.compareTo(other) < 0, name, "is " + readable(value) + ", shorter than " + prefix + "."
                + otherName + " (" + readable(other) + "): it must be at least as long", null);
    }

    /** @throws InvalidSettingsException naming every value refused */
    public void enforce() {
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
    }

    private SettingConstraints refuseIf(boolean refused, String name, String problem, String example) {
        if (refused) {
            problems.add(new SettingProblem(prefix + "." + name, problem, example));
        }
        return this;
    }

    /** As an operator writes it in a property (30s, 500ms), rather than Java's PT30S. */
    private static String readable(Duration duration) {
        if (duration.getNano() == 0) {
            return duration.toSeconds() + "s";
        }
        return duration.getNano() % 1_000_000 == 0 ? duration.toMillis() + "ms" : duration.toString();
    }

    private static String plain(double bound) {
        return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
    }
}
