package org.partnershipledger.application.vetting.views;

import java.time.Instant;
import java.util.List;

/**
 * An entry of a sanctions list that resembled the partner, and whether an officer dismissed it as a false positive.
 *
 * @param justification why it was dismissed, {@code null} while it counts
 * @param dismissedBy   who dismissed it, {@code null} while it counts
 */
public record ScreeningMatchView(String entryReference, String entryKind, String listedName, String matchedName,
                                 double score, List<String> aliases, boolean dismissed, String justification,
                                 String dismissedBy, Instant dismissedAt) {

    public ScreeningMatchView {
        aliases = ViewCollections.listOf(aliases);
    }
}
