package org.partnershipledger.application.partnership.views;

import java.time.LocalDate;

/**
 * A partnership under correction whose corrective action plan was not agreed by its deadline (P7): the way out left is
 * discontinuation for NO_PROGRESS (P8), so officers must see it.
 */
public record OverduePlanView(String partnershipId, String title, String leadOffice, LocalDate planDeadline) {
}
