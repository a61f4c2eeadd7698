package org.partnershipledger.projections.partnership;

import org.partnershipledger.application.partnership.views.OverdueActionView;
import org.partnershipledger.application.partnership.views.OverduePlanView;
import org.partnershipledger.application.partnership.views.ReviewDueView;

import java.time.LocalDate;
import java.util.List;

/**
 * The calendar side of the partnership store: date ranges over the {@link PartnershipIndex} kept beside each view.
 * The store knows nothing of "today"; the projection asks with dates. Each list is ordered by its date, then title.
 * A {@code leadOffice} of {@code null} means every office.
 */
public interface ReviewCalendarStore {

    /** Partnerships whose next review is due from {@code first} through {@code last}, both included. */
    List<ReviewDueView> reviewsDueBetween(LocalDate first, LocalDate last, String leadOffice);

    /** Partnerships whose next review was due before {@code day}. */
    List<ReviewDueView> reviewsDueBefore(LocalDate day, String leadOffice);

    /** Open actions not done that were due before {@code day}. */
    List<OverdueActionView> openActionsDueBefore(LocalDate day, String leadOffice);

    /** Partnerships still awaiting a corrective plan whose deadline is before {@code day}. */
    List<OverduePlanView> correctivePlansDueBefore(LocalDate day, String leadOffice);
}
