package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.VettingOutcome;
import org.partnershipledger.domain.shared.VettingTier;

import java.time.LocalDate;

/** A clearance an agreement relied on at signing (P3), kept with the agreement for auditors. */
public record ClearanceView(String partnerId, String vettingId, VettingOutcome outcome, VettingTier tier,
                            VettingTier requiredTier, LocalDate validUntil) {
}
