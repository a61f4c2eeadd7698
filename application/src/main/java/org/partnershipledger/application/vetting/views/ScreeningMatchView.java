package org.partnershipledger.application.vetting.views;

import java.time.Instant;
import java.util.List;

/**
 * An entry of a sanctions list that resembled the partner, and whether an officer dismissed it as a false positive.
 *
 * @param entryReference the list's own reference for the entry; a dismissal names it in its path
 * @param entryKind      INDIVIDUAL or ENTITY
 * @param listedName     the entry's primary name as the list spells it
 * @param matchedName    the entry's name or alias that came closest
 * @param score          how alike the names are, from 0 (nothing alike) to 1 (the same after normalisation)
 * @param aliases        every alias the list gives the entry
 * @param dismissed      whether an officer dismissed it as a false positive (V3); until then it counts against
 *                       SANCTIONS
 * @param justification  why it was dismissed, {@code null} while it counts
 * @param dismissedBy    who dismissed it, {@code null} while it counts
 * @param dismissedAt    when it was dismissed (ISO 8601 instant), null while it counts
 */
public record ScreeningMatchView(String entryReference, String entryKind, String listedName, String matchedName,
                                 double score, List<String> aliases, boolean dismissed, String justification,
                                 String dismissedBy, Instant dismissedAt) {

    public ScreeningMatchView {
        aliases = ViewCollections.listOf(aliases);
    }
}
