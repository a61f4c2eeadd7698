package org.partnershipledger.application.partnership.views;

import java.time.LocalDate;

/**
 * Why and since when a partnership is under correction (P7), and the last day on which its corrective action plan may
 * be agreed.
 */
public record UnderCorrectionView(String reviewId, LocalDate reviewDate, LocalDate planDeadline) {
}
