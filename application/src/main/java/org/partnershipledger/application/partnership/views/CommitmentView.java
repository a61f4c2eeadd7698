package org.partnershipledger.application.partnership.views;

/**
 * Whether one partner kept its commitments, as a review judged it (P6).
 *
 * @param partnerId the partner judged
 * @param kept      whether it kept the commitments it made in the agreement
 * @param note      what it kept or did not, or null
 */
public record CommitmentView(String partnerId, boolean kept, String note) {
}
