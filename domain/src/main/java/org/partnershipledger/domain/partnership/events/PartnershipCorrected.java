package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.CorrectivePlanId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.ReviewId;

import java.time.LocalDate;

/**
 * The corrective action plan is closed as corrected (P7): every action is done and a review after the plan showed
 * at least some progress. The partnership is AGREED again.
 *
 * @param reviewId    the review that showed progress
 * @param correctedOn the day the later of the two conditions was met
 */
@Revision("1")
public record PartnershipCorrected(PartnershipId partnershipId, CorrectivePlanId planId, ReviewId reviewId,
                                   LocalDate correctedOn) {
}
