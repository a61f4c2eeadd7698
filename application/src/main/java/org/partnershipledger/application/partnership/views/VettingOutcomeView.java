package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.VettingOutcome;
import org.partnershipledger.domain.shared.VettingTier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The latest vetting outcome of a partner as the partnership recorded it (P3, V7, V8); a newer outcome replaces it.
 * Not the vetting itself, which {@code GET /api/vettings/{id}} reads: hence a name of its own, which the OpenAPI
 * document also needs, since it names its schemas by class name.
 *
 * @param vettingId       the vetting the outcome comes from
 * @param outcome         CLEARED or CLEARED_WITH_CONDITIONS, which let the partner be engaged; REJECTED or REOPENED,
 *                        which block the agreement until decided again (P3, V8)
 * @param tier            the tier the partner was vetted at: LIGHT, STANDARD or ENHANCED
 * @param requiredTier    the tier the engagement needed when the outcome was recorded (V1)
 * @param validUntil      the last day the clearance is valid, {@code null} for a rejection or reopening
 * @param conditions      the conditions of a CLEARED_WITH_CONDITIONS outcome, empty otherwise
 * @param reusedClearance whether an earlier clearance of the partner was reused instead of vetting again (V7)
 * @param recordedAt      when the partnership recorded the outcome (ISO 8601 instant)
 */
public record VettingOutcomeView(String vettingId, VettingOutcome outcome, VettingTier tier,
                                 VettingTier requiredTier, LocalDate validUntil, List<String> conditions,
                                 boolean reusedClearance, Instant recordedAt) {

    public VettingOutcomeView {
        conditions = ViewCollections.listOf(conditions);
    }
}
