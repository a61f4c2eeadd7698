package org.partnershipledger.application.partnership.views;

import java.time.LocalDate;

/**
 * An action of an open corrective plan that is not done although its due date has passed (P7).
 *
 * @param partnershipId        the partnership under correction
 * @param title                the partnership's title
 * @param leadOffice           the office that leads the partnership, e.g. CO-SEN
 * @param actionId             the overdue action's id
 * @param description          what was to be done
 * @param responsiblePartnerId the partner responsible, {@code null} when the agency is
 * @param responsible          the responsible partner's name, or {@link CorrectiveActionView#AGENCY}
 * @param dueDate              the day it was due (ISO 8601 date), before today
 */
public record OverdueActionView(String partnershipId, String title, String leadOffice, String actionId,
                                String description, String responsiblePartnerId, String responsible,
                                LocalDate dueDate) {
}
