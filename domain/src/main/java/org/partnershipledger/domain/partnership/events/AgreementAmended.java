package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.AgreementChanges;
import org.partnershipledger.domain.partnership.AgreementTerms;
import org.partnershipledger.domain.partnership.AmendmentId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.shared.Money;

import java.time.LocalDate;

/**
 * An agreement was amended (P10). Each amendment is its own event, so the history of amendments stays readable.
 *
 * @param changes        what the amendment changes, as requested
 * @param amendedTerms   the full terms once amended
 * @param agencyTransfer what the agency transfers once amended, or {@code null}
 * @param previousAgencyTransfer what the agency transferred before, or {@code null}
 */
@Revision("1")
public record AgreementAmended(PartnershipId partnershipId,
                              AmendmentId amendmentId,
                              LocalDate amendedOn,
                              AgreementChanges changes,
                              String rationale,
                              AgreementTerms amendedTerms,
                              Money agencyTransfer,
                              Money previousAgencyTransfer) {
}
