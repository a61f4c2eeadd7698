package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.AgreementTerms;
import org.partnershipledger.domain.partnership.PartnerClearance;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * The agreement of a partnership was concluded (P3, P4, P5), with its full terms.
 *
 * @param cycle               1 for the first agreement, one more for each renewal (P9)
 * @param agencyTransfer      what the agency transfers under this agreement, or {@code null}
 * @param reducedRequirements whether small-scale funding let the agreement omit exit strategy and indicators (P5)
 * @param clearances          the clearances relied on at signing (P3)
 */
@Revision("1")
public record AgreementConcluded(PartnershipId partnershipId,
                                 int cycle,
                                 PartnershipForm form,
                                 LocalDate signedOn,
                                 AgreementTerms terms,
                                 Money agencyTransfer,
                                 boolean reducedRequirements,
                                 List<PartnerClearance> clearances) {
}
