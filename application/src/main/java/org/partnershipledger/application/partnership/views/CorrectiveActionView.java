package org.partnershipledger.application.partnership.views;

import java.time.LocalDate;

/**
 * One action of a corrective action plan (P7) and whether it is done.
 *
 * @param actionId             the action's id, by which it is completed
 * @param description          what is to be done
 * @param responsiblePartnerId the partner responsible, {@code null} when the agency is
 * @param responsible          the responsible partner's name, or {@code "agency"}, for a person to read
 * @param dueDate              by when (ISO 8601 date)
 * @param done                 whether the action is completed
 * @param completedOn          the date it was done (ISO 8601 date), null while open
 * @param completionNote       what was done, null while open
 */
public record CorrectiveActionView(String actionId, String description, String responsiblePartnerId,
                                   String responsible, LocalDate dueDate, boolean done, LocalDate completedOn,
                                   String completionNote) {

    /** How {@link #responsible} names the agency itself. */
    public static final String AGENCY = "agency";
}
