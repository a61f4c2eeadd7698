package org.partnershipledger.domain.vetting.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.VettingId;

import java.util.List;

/**
 * Due diligence on a partner was opened for an engagement (V1).
 *
 * @param requiredCriteria    the criteria the tier required when the vetting opened (V2); the vetting keeps to
 *                            them even if the catalogue changes later
 * @param partnershipProposer who proposed the partnership, and so may not decide the vetting (V6)
 */
@Revision("1")
public record VettingOpened(VettingId vettingId,
                            PartnerId partnerId,
                            String partnerName,
                            PartnerType partnerType,
                            String partnerCountry,
                            PartnershipId partnershipId,
                            VettingTier tier,
                            List<Criterion> requiredCriteria,
                            UserId partnershipProposer,
                            UserId openedBy) {
}
