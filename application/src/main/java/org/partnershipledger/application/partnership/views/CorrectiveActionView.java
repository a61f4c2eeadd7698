package org.partnershipledger.application.partnership.views;

import java.time.LocalDate;

/**
 * One action of a corrective action plan (P7) and whether it is done.
 *
 * @param responsiblePartnerId the partner responsible, {@code null} when the agency is
 * @param responsible          the responsible partner's name, or {@code "agency"}, for a person to read
 */
public record CorrectiveActionView(String actionId, String description, String responsiblePartnerId,
                                   String responsible, LocalDate dueDate, boolean done, LocalDate completedOn,
                                   String completionNote) {

    /** How {@link #responsible} names the agency itself. */
    public static final String AGENCY = "agency";
}
