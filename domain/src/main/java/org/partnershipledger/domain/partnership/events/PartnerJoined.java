package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnershipId;

/**
 * A partner joined a partnership before its agreement (P2).
 */
@Revision("1")
public record PartnerJoined(PartnershipId partnershipId, PartnerProfile partner) {
}
