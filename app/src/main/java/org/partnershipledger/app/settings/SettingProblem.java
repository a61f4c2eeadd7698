package org.partnershipledger.app.settings;

import java.util.Locale;

/**
 * One setting that keeps the service from starting. What the setting is for and its default are not repeated here:
 * the report reads them from the configuration metadata, written once where the setting is declared.
 *
 * @param property the property's name, e.g. {@code ledger.screening.threshold}
 * @param problem  what is wrong, as the rest of a sentence that begins with the property: "is not set", "is 1.5: it
 *                 must be above 0 and at most 1"
 * @param example  a value that would do, shown as the environment variable to set; null where none fits every
 *                 deployment
 */
public record SettingProblem(String property, String problem, String example) {

    public SettingProblem(String property, String problem) {
        this(property, problem, null);
    }

    /**
     * The environment variable that sets the property. Spring Boot also accepts the name with its dashes dropped
     * ({@code LEDGER_SCREENING_UNLIST_LOCATION}); as underscores it reads like the property, as the README writes it.
     */
    public String environmentVariable() {
        return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
