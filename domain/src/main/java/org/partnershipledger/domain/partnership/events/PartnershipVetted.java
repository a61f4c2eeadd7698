package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.PartnerClearance;
import org.partnershipledger.domain.partnership.PartnershipId;

import java.util.List;

/**
 * Every partner now holds a clearance at or above the tier the engagement needs (P3); an agreement may be concluded.
 *
 * @param clearances the clearance each partner holds
 */
@Revision("1")
public record PartnershipVetted(PartnershipId partnershipId, List<PartnerClearance> clearances) {
}
