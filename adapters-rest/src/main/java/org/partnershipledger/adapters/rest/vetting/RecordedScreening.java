package org.partnershipledger.adapters.rest.vetting;

import io.swagger.v3.oas.annotations.media.Schema;
import org.partnershipledger.domain.vetting.ScreeningMatch;
import org.partnershipledger.domain.vetting.ScreeningResult;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The answer to a screening: the vetting's new version and what the list said, so that the officer sees at once
 * which matches to look into (each stays against SANCTIONS until dismissed as a false positive).
 *
 * @param id           the vetting's id
 * @param version      the vetting's version after the screening was recorded, also answered as ETag
 * @param listName     the sanctions list screened against, e.g. the UN Security Council Consolidated List
 * @param listVersion  the list's edition, as its publisher dates or numbers it
 * @param screenedAt   when the screening ran (ISO 8601 instant, UTC)
 * @param threshold    the name similarity, from 0 to 1, from which a list entry counts as a match
 * @param screenedName the partner's name as it was screened
 * @param matches      the list entries similar enough to the name; each stands against SANCTIONS until dismissed as a
 *                     false positive (V3); empty when none
 */
public record RecordedScreening(@Schema(requiredMode = REQUIRED) String id,
                                long version,
                                String listName,
                                String listVersion,
                                Instant screenedAt,
                                double threshold,
                                String screenedName,
                                @Schema(requiredMode = REQUIRED) List<ScreeningMatch> matches) {

    static RecordedScreening of(String vettingId, long version, ScreeningResult result) {
        return new RecordedScreening(vettingId, version, result.listName(), result.listVersion(), result.screenedAt(),
                result.threshold(), result.screenedName(), result.matches() == null ? List.of() : result.matches());
    }
}
