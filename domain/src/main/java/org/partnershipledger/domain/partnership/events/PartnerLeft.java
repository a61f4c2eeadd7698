package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;

/**
 * A partner left a partnership before its agreement (P2). Its name is kept so the history reads without a lookup.
 */
@Revision("1")
public record PartnerLeft(PartnershipId partnershipId, PartnerId partnerId, String partnerName, String reason) {
}
