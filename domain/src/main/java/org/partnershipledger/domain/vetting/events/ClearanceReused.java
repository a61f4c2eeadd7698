package org.partnershipledger.domain.vetting.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingId;

import java.time.LocalDate;
import java.util.List;

/**
 * Another partnership relies on this vetting's clearance instead of vetting the partner again (V7) [000 §33].
 *
 * @param tier       the tier the clearance was decided at
 * @param neededTier the tier the relying partnership's engagement needs, which {@code tier} covers
 * @param validUntil the last day the clearance is valid
 */
@Revision("1")
public record ClearanceReused(VettingId vettingId,
                              PartnerId partnerId,
                              PartnershipId partnershipId,
                              VettingTier tier,
                              VettingTier neededTier,
                              VettingDecision decision,
                              List<String> conditions,
                              LocalDate validUntil,
                              LocalDate reusedOn) {
}
