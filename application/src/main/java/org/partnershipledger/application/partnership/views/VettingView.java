package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.VettingOutcome;
import org.partnershipledger.domain.shared.VettingTier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The latest vetting outcome of a partner as the partnership recorded it (P3, V7, V8); a newer outcome replaces it.
 *
 * @param requiredTier    the tier the engagement needed when the outcome was recorded (V1)
 * @param validUntil      the last day the clearance is valid, {@code null} for a rejection or reopening
 * @param reusedClearance whether an earlier clearance of the partner was reused instead of vetting again (V7)
 */
public record VettingView(String vettingId, VettingOutcome outcome, VettingTier tier, VettingTier requiredTier,
                          LocalDate validUntil, List<String> conditions, boolean reusedClearance,
                          Instant recordedAt) {

    public VettingView {
        conditions = ViewCollections.listOf(conditions);
    }
}
