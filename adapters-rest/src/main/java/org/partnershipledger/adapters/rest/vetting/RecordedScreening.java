package org.partnershipledger.adapters.rest.vetting;

import org.partnershipledger.domain.vetting.ScreeningMatch;
import org.partnershipledger.domain.vetting.ScreeningResult;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a screening: the vetting's new version and what the list said, so that the officer sees at once
 * which matches to look into (each stays against SANCTIONS until dismissed as a false positive).
 */
public record RecordedScreening(String id, long version, String listName, String listVersion, Instant screenedAt,
                                double threshold, String screenedName, List<ScreeningMatch> matches) {

    static RecordedScreening of(String vettingId, long version, ScreeningResult result) {
        return new RecordedScreening(vettingId, version, result.listName(), result.listVersion(), result.screenedAt(),
                result.threshold(), result.screenedName(), result.matches() == null ? List.of() : result.matches());
    }
}
