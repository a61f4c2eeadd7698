package org.partnershipledger.application.partnership.views;

import java.time.LocalDate;

/**
 * A partnership under correction whose corrective action plan was not agreed by its deadline (P7): the way out left is
 * discontinuation for NO_PROGRESS (P8), so officers must see it.
 *
 * @param partnershipId the partnership under correction
 * @param title         the partnership's title
 * @param leadOffice    the office that leads the partnership, e.g. CO-SEN
 * @param planDeadline  the last day the plan could be agreed (ISO 8601 date), before today
 */
public record OverduePlanView(String partnershipId, String title, String leadOffice, LocalDate planDeadline) {
}
