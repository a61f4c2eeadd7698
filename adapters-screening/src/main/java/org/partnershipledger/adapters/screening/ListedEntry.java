package org.partnershipledger.adapters.screening;

import java.util.List;
import java.util.Objects;

/**
 * One individual or entity of the consolidated list, reduced to what screening and a human reviewer of a match need.
 * Kept apart from the domain's {@code ScreeningMatch} because the list carries more than a match reports (original
 * script, regime, nationalities), and the parser should not have to know how results are shaped.
 *
 * @param dataId             the list's internal record id ({@code DATAID})
 * @param kind               individual or entity
 * @param referenceNumber    the public reference ({@code REFERENCE_NUMBER}, e.g. {@code QDi.001}) that sanctions
 *                           committees and auditors quote
 * @param nameParts          {@code FIRST_NAME} to {@code FOURTH_NAME} as given, blanks dropped; an entity has one part
 * @param unListType         the sanctions regime ({@code UN_LIST_TYPE}), empty when absent
 * @param listedOn           {@code LISTED_ON} as written in the list, empty when absent
 * @param nameOriginalScript the name in its original script, empty when absent
 * @param aliases            the aliases with their quality, placeholder aliases without a name dropped
 * @param nationalities      nationalities of an individual; none for entities
 * @param addressCountries   countries of the listed addresses
 */
public record ListedEntry(String dataId, Kind kind, String referenceNumber, List<String> nameParts, String unListType,
                          String listedOn, String nameOriginalScript, List<Alias> aliases, List<String> nationalities,
                          List<String> addressCountries) {

    /** The two sections of the list; the names match the {@code entryKind} values of a screening match. */
    public enum Kind { INDIVIDUAL, ENTITY }

    /**
     * @param name    the alias as spelt in the list
     * @param quality the list's own judgement of the alias ({@code Good}, {@code Low}, {@code a.k.a.}, ...), empty
     *                when absent; kept so that a reviewer can weigh a match on a low-quality alias
     */
    public record Alias(String name, String quality) {
        public Alias {
            Objects.requireNonNull(name, "name");
            quality = quality == null ? "" : quality;
        }
    }

    public ListedEntry {
        Objects.requireNonNull(kind, "kind");
        dataId = orEmpty(dataId);
        referenceNumber = orEmpty(referenceNumber);
        nameParts = List.copyOf(nameParts);
        if (nameParts.isEmpty()) {
            throw new IllegalArgumentException("a listed entry has at least one name part");
        }
        unListType = orEmpty(unListType);
        listedOn = orEmpty(listedOn);
        nameOriginalScript = orEmpty(nameOriginalScript);
        aliases = List.copyOf(aliases);
        nationalities = List.copyOf(nationalities);
        addressCountries = List.copyOf(addressCountries);
    }

    /** The primary name as the list spells it, its parts joined by single spaces. */
    public String listedName() {
        return String.join(" ", nameParts);
    }

    public List<String> aliasNames() {
        return aliases.stream().map(Alias::name).toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
