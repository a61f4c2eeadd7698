package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.shared.Money;

import java.time.LocalDate;

/**
 * One amendment of an agreement (P10), kept in the order made so that the amendment history stays readable.
 *
 * @param amendmentId            the amendment's id
 * @param amendedOn              the date of the amendment (ISO 8601 date)
 * @param changes                what the amendment changed
 * @param rationale              why the agreement was amended (P10)
 * @param agencyTransfer         what the agency transfers once amended, or {@code null}
 * @param previousAgencyTransfer what it transferred before, or {@code null}
 */
public record AmendmentView(String amendmentId, LocalDate amendedOn, AmendmentChangesView changes, String rationale,
                            Money agencyTransfer, Money previousAgencyTransfer) {
}
