package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.domain.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of the portfolio: enough to pick a partnership out of many without loading its whole view.
 *
 * @param partnershipId  the partnership's id
 * @param title          the partnership's title
 * @param status         where it stands: PROPOSED, VETTED (every partner cleared), AGREED, UNDER_CORRECTION,
 *                       DISCONTINUED or CONCLUDED
 * @param form           FORMAL_PARTNERSHIP or COLLABORATIVE_RELATIONSHIP
 * @param leadOffice     the office that leads it, e.g. CO-SEN
 * @param partnerNames   the current partners' names
 * @param partnerTypes   the current partners' types, each once, in the order of {@link PartnerType}
 * @param agencyTransfer what the agency transfers now, or {@code null}
 * @param proposedAt     when it was proposed (ISO 8601 instant)
 * @param agreedOn       the signing date of the current cycle's agreement, {@code null} without one
 * @param nextReviewDue  as in {@link PartnershipView#nextReviewDue()}
 */
public record PartnershipSummary(String partnershipId,
                                 String title,
                                 PartnershipStatus status,
                                 PartnershipForm form,
                                 String leadOffice,
                                 List<String> partnerNames,
                                 List<PartnerType> partnerTypes,
                                 Money agencyTransfer,
                                 Instant proposedAt,
                                 LocalDate agreedOn,
                                 LocalDate nextReviewDue) {

    public PartnershipSummary {
        partnerNames = ViewCollections.listOf(partnerNames);
        partnerTypes = ViewCollections.listOf(partnerTypes);
    }
}
