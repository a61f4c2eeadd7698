package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;

import java.util.List;

/**
 * A vetted partnership went back to PROPOSED because some partner no longer holds a sufficient clearance (P3): a
 * newcomer joined, a vetting was rejected or reopened (V8), or a renewal found a clearance lacking.
 *
 * @param unclearedPartners the partners that now block agreement
 */
@Revision("1")
public record PartnershipReturnedToProposed(PartnershipId partnershipId, List<PartnerId> unclearedPartners, String reason) {
}
