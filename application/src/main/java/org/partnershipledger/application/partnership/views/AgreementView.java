package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * The agreement of one cycle (P4, P5, P10): its terms as amended, and the amendments one by one.
 *
 * @param cycle               1 for the first agreement, one more for each renewal (P9)
 * @param signedOn            the date the agreement was signed (ISO 8601 date)
 * @param terms               what was agreed, as amended since
 * @param agencyTransfer      what the agency transfers under the agreement as signed and amended, or {@code null}
 * @param reducedRequirements whether small-scale funding let the agreement omit exit strategy and indicators (P5)
 * @param clearances          the clearances relied on at signing (P3)
 * @param amendments          the amendments in the order made (P10); empty when none
 */
public record AgreementView(int cycle,
                            LocalDate signedOn,
                            TermsView terms,
                            Money agencyTransfer,
                            boolean reducedRequirements,
                            List<ClearanceView> clearances,
                            List<AmendmentView> amendments) {

    public AgreementView {
        clearances = ViewCollections.listOf(clearances);
        amendments = ViewCollections.listOf(amendments);
    }
}
