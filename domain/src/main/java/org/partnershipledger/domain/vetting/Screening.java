package org.partnershipledger.domain.vetting;

import org.partnershipledger.domain.vetting.events.SanctionsScreeningRecorded;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The latest sanctions screening of a vetting and which of its matches were dismissed as false positives (V3).
 * Dismissals belong to the screening they were made on: a later screening, on a later edition of the list, may
 * describe the entry differently, so its matches are judged afresh.
 */
record Screening(String listName, String listVersion, Map<String, ScreeningMatch> matches, Set<String> dismissed) {

    static Screening of(SanctionsScreeningRecorded event) {
        Map<String, ScreeningMatch> matches = new LinkedHashMap<>();
        if (event.matches() != null) {
            event.matches().forEach(m -> matches.putIfAbsent(m.entryReference(), m));
        }
        return new Screening(event.listName(), event.listVersion(), matches, Set.of());
    }

    Screening withDismissed(String entryReference) {
        Set<String> more = new HashSet<>(dismissed);
        more.add(entryReference);
        return new Screening(listName, listVersion, matches, more);
    }

    Optional<ScreeningMatch> match(String entryReference) {
        return Optional.ofNullable(matches.get(entryReference));
    }

    boolean isDismissed(String entryReference) {
        return dismissed.contains(entryReference);
    }

    /** The matches that still count against SANCTIONS, in the order the screening reported them. */
    List<ScreeningMatch> undismissed() {
        return matches.values().stream().filter(m -> !dismissed.contains(m.entryReference())).toList();
    }

    /** How a refusal names a match: its reference and the name the list gives it. */
    static String describe(ScreeningMatch match) {
        return match.entryReference() + " (" + match.listedName() + ")";
    }

    String edition() {
        return listName + " " + listVersion;
    }
}
