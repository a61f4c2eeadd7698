package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.ReviewId;

import java.time.LocalDate;

/**
 * A review found little or no progress: the partnership is under correction until a corrective plan is carried
 * out (P7).
 *
 * @param reviewId     the review that found little or no progress
 * @param planDeadline the last day on which a corrective action plan may be agreed
 */
@Revision("1")
public record PartnershipPlacedUnderCorrection(PartnershipId partnershipId, ReviewId reviewId, LocalDate reviewDate,
                                               LocalDate planDeadline) {
}
