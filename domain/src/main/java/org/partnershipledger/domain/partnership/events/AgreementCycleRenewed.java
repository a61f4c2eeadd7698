package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.PartnershipId;

import java.time.LocalDate;

/**
 * A concluded partnership was renewed (P9): a new agreement cycle starts at VETTED, and needs a new agreement,
 * for which the clearances are checked again on its signing date.
 *
 * @param cycle the new agreement cycle
 */
@Revision("1")
public record AgreementCycleRenewed(PartnershipId partnershipId, int cycle, LocalDate renewedOn) {
}
