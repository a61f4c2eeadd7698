package org.partnershipledger.domain.vetting.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.RiskBand;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingId;

import java.time.LocalDate;
import java.util.List;

/**
 * An approver decided the vetting (V5). The approver is payload because four eyes (V6) is judged on it.
 *
 * @param partnershipId the partnership the vetting was opened for
 * @param conditions    the conditions of a CLEARED_WITH_CONDITIONS decision, empty otherwise
 * @param riskBand      the band of the risk rating the decision rests on
 * @param validUntil    the last day a clearance is valid (V7); {@code null} for a rejection
 * @param reliedOnBy    every partnership relying on this vetting: the one it was opened for and, after a
 *                      reopening, those that had reused the clearance, so that each learns the new decision
 */
@Revision("1")
public record VettingDecided(VettingId vettingId,
                             PartnerId partnerId,
                             PartnershipId partnershipId,
                             VettingTier tier,
                             VettingDecision decision,
                             List<String> reasons,
                             List<String> conditions,
                             RiskBand riskBand,
                             LocalDate decidedOn,
                             LocalDate validUntil,
                             UserId approvedBy,
                             List<PartnershipId> reliedOnBy) {
}
