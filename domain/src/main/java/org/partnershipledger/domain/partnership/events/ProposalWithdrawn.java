package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.PartnershipId;

import java.time.LocalDate;

/**
 * A proposal was withdrawn before any agreement (P8); the partnership is DISCONTINUED, which is terminal.
 */
@Revision("1")
public record ProposalWithdrawn(PartnershipId partnershipId, String reason, LocalDate withdrawnOn) {
}
