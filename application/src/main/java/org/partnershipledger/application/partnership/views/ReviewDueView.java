package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.PartnershipStatus;

import java.time.LocalDate;

/**
 * A partnership whose next review falls due on {@code dueOn}, as the review calendar lists it.
 *
 * @param partnershipId the partnership to review
 * @param title         the partnership's title
 * @param leadOffice    the office that leads the partnership, e.g. CO-SEN
 * @param status        AGREED or UNDER_CORRECTION: only an agreed partnership that has not ended is reviewed
 * @param dueOn         the day the next review falls due (ISO 8601 date)
 */
public record ReviewDueView(String partnershipId, String title, String leadOffice, PartnershipStatus status,
                            LocalDate dueOn) {
}
