package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.VettingOutcome;
import org.partnershipledger.domain.shared.VettingTier;

import java.time.LocalDate;
import java.util.List;

/**
 * The latest outcome of a partner's vetting was recorded on the partnership (P3, V7, V8); it supersedes any
 * earlier outcome for that partner.
 *
 * @param tier            the tier the vetting was run at
 * @param requiredTier    the tier the engagement needed when the outcome was recorded (V1)
 * @param validUntil      the last day of validity of a clearance, {@code null} for a rejection or reopening
 * @param reusedClearance whether an earlier clearance of the partner was reused (V7)
 */
@Revision("1")
public record VettingOutcomeRecorded(PartnershipId partnershipId,
                                     PartnerId partnerId,
                                     String vettingId,
                                     VettingOutcome outcome,
                                     VettingTier tier,
                                     VettingTier requiredTier,
                                     LocalDate validUntil,
                                     List<String> conditions,
                                     boolean reusedClearance) {
}
