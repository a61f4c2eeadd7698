package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.VettingOutcome;
import org.partnershipledger.domain.shared.VettingTier;

import java.time.LocalDate;

/**
 * A clearance an agreement relied on at signing (P3), kept with the agreement for auditors.
 *
 * @param partnerId    the partner cleared
 * @param vettingId    the vetting that cleared it
 * @param outcome      CLEARED or CLEARED_WITH_CONDITIONS, the outcomes that let a partner be engaged
 * @param tier         the tier the partner was vetted at: LIGHT, STANDARD or ENHANCED
 * @param requiredTier the tier the engagement needed at signing (V1); the vetted tier covers it
 * @param validUntil   the last day the clearance is valid (ISO 8601 date), 24 months after the decision (V7)
 */
public record ClearanceView(String partnerId, String vettingId, VettingOutcome outcome, VettingTier tier,
                            VettingTier requiredTier, LocalDate validUntil) {
}
