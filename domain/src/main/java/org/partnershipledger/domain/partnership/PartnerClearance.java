package org.partnershipledger.domain.partnership;

import org.partnershipledger.domain.shared.VettingTier;

import java.time.LocalDate;

/**
 * A partner's clearance as the partnership relied on it (P3): which vetting, at which tier, against which tier the
 * engagement needed, and until when it is valid.
 */
public record PartnerClearance(PartnerId partnerId, String vettingId, VettingOutcome outcome, VettingTier tier,
                               VettingTier requiredTier, LocalDate validUntil) {
}
