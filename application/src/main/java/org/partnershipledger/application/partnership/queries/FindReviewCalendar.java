package org.partnershipledger.application.partnership.queries;

/**
 * Asks what reviews and corrective actions need attention today. Answered with a
 * {@link org.partnershipledger.application.partnership.views.ReviewCalendar}; "today" is the answering side's clock,
 * so the same question gives a new answer as days pass without any new event.
 *
 * @param leadOffice only the partnerships led by this office; {@code null} for all
 */
public record FindReviewCalendar(String leadOffice) {

    public FindReviewCalendar {
        leadOffice = leadOffice == null || leadOffice.isBlank() ? null : leadOffice.strip();
    }

    public static FindReviewCalendar forAllOffices() {
        return new FindReviewCalendar(null);
    }
}
