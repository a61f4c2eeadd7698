package org.partnershipledger.application.vetting.views;

import java.time.Instant;
import java.util.List;

/**
 * One sanctions screening of the partner (V3).
 *
 * @param listName     the sanctions list screened against
 * @param listVersion  the list's edition stamp
 * @param screenedAt   when the screening ran (ISO 8601 instant)
 * @param threshold    the score from which an entry counted as a match
 * @param screenedName the name that was screened
 * @param matches      the entries that resembled the partner, each with whether it was dismissed
 * @param standing     whether this is the screening the vetting stands on: the latest, not set aside by a reopening on
 *                     a sanctions listing
 */
public record ScreeningView(String listName, String listVersion, Instant screenedAt, double threshold,
                            String screenedName, List<ScreeningMatchView> matches, boolean standing) {

    public ScreeningView {
        matches = ViewCollections.listOf(matches);
    }

    /** How many matches still count against SANCTIONS. */
    public long undismissedMatches() {
        return matches.stream().filter(match -> !match.dismissed()).count();
    }
}
