package org.partnershipledger.application.partnership.views;

import java.time.LocalDate;

/**
 * An action of an open corrective plan that is not done although its due date has passed (P7).
 *
 * @param responsiblePartnerId the partner responsible, {@code null} when the agency is
 * @param responsible          the responsible partner's name, or {@link CorrectiveActionView#AGENCY}
 */
public record OverdueActionView(String partnershipId, String title, String leadOffice, String actionId,
                                String description, String responsiblePartnerId, String responsible,
                                LocalDate dueDate) {
}
