package org.partnershipledger.application.partnership.views;

import java.time.LocalDate;

/**
 * Why and since when a partnership is under correction (P7), and the last day on which its corrective action plan may
 * be agreed.
 *
 * @param reviewId     the review of little or no progress that opened correction
 * @param reviewDate   that review's date (ISO 8601 date)
 * @param planDeadline the last day a corrective action plan may be agreed (ISO 8601 date), 30 days after the review by
 *                     default
 */
public record UnderCorrectionView(String reviewId, LocalDate reviewDate, LocalDate planDeadline) {
}
