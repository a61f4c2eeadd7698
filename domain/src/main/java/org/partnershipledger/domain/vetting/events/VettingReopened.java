package org.partnershipledger.domain.vetting.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.ReopeningReason;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingId;

import java.util.List;

/**
 * New information unsettled a decision (V8): the decision no longer stands and the vetting must be decided again.
 *
 * @param previousDecision      the decision that no longer stands
 * @param newScreeningRequired  whether the earlier sanctions screening was set aside, so a new one is needed
 * @param criteriaToReassess    the criteria whose assessments were set aside and must be assessed again
 * @param affectedPartnerships  every partnership relying on the vetting (the one it was opened for and every
 *                              reuse), each of which must stop relying on it until it is decided again
 */
@Revision("1")
public record VettingReopened(VettingId vettingId,
                              PartnerId partnerId,
                              ReopeningReason reason,
                              String information,
                              UserId reopenedBy,
                              VettingDecision previousDecision,
                              boolean newScreeningRequired,
                              List<Criterion> criteriaToReassess,
                              List<PartnershipId> affectedPartnerships) {
}
