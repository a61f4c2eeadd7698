package org.partnershipledger.domain.vetting;

import java.time.Instant;
import java.util.List;

/**
 * What one screening of a partner against a sanctions list found. An empty match list is a clean result.
 *
 * @param listName    which list was searched, e.g. "UN Security Council Consolidated List"
 * @param listVersion the list's own version stamp (for the UN list, its generation date), so that an auditor can tell
 *                    which edition cleared or flagged the partner
 * @param screenedAt  when the screening ran
 * @param threshold   the score from which an entry counts as a match
 * @param screenedName the name that was screened
 */
public record ScreeningResult(String listName, String listVersion, Instant screenedAt, double threshold,
                              String screenedName, List<ScreeningMatch> matches) {

    public boolean isClean() {
        return matches == null || matches.isEmpty();
    }
}
