package org.partnershipledger.application.partnership.views;

/** Whether one partner kept its commitments, as a review judged it (P6). */
public record CommitmentView(String partnerId, boolean kept, String note) {
}
