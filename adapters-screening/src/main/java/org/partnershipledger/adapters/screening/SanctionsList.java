package org.partnershipledger.adapters.screening;

import java.util.List;
import java.util.Objects;

/**
 * One edition of the consolidated list as read. Immutable, so that a reload can swap editions while screenings run
 * and each screening sees exactly one edition, whose version it then records.
 *
 * @param version the list's {@code dateGenerated} attribute, verbatim: the only version stamp the UN publishes
 * @param entries individuals first, then entities, in document order
 */
public record SanctionsList(String version, List<ListedEntry> entries) {

    public SanctionsList {
        Objects.requireNonNull(version, "version");
        entries = List.copyOf(entries);
    }

    public List<ListedEntry> individuals() {
        return entries.stream().filter(entry -> entry.kind() == ListedEntry.Kind.INDIVIDUAL).toList();
    }

    public List<ListedEntry> entities() {
        return entries.stream().filter(entry -> entry.kind() == ListedEntry.Kind.ENTITY).toList();
    }
}
