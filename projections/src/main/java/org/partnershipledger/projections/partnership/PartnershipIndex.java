package org.partnershipledger.projections.partnership;

import org.partnershipledger.application.partnership.views.CorrectiveActionView;
import org.partnershipledger.application.partnership.views.PartnerView;
import org.partnershipledger.application.partnership.views.PartnershipSummary;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipStatus;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The facts of one partnership that the portfolio, the review calendar and the statistics search, sort and count on,
 * derived from its view by {@link #of(PartnershipView)}. Stores keep them beside the view (as columns and rows) and
 * never derive anything themselves, so every rule about what is due, open or counted lives here, in one place.
 *
 * @param correctivePlanDue           the plan deadline while under correction with no plan agreed, else {@code null}
 * @param daysFromProposalToAgreement days from the proposal (in UTC) to the first agreement's signing date, or
 *                                    {@code null} before any agreement or when it was signed before the proposal
 *                                    was recorded
 * @param discontinuationReason       why an agreed partnership was discontinued, or {@code null}
 * @param withdrawn                   whether the proposal was withdrawn before agreement
 * @param openActions                 actions of the open corrective plan not yet done (a partnership that ends
 *                                    closes its plan)
 */
public record PartnershipIndex(PartnershipSummary summary,
                               String purpose,
                               List<Partner> partners,
                               LocalDate correctivePlanDue,
                               Integer daysFromProposalToAgreement,
                               DiscontinuationReason discontinuationReason,
                               boolean withdrawn,
                               List<OpenAction> openActions) {

    public PartnershipIndex {
        partners = List.copyOf(partners);
        openActions = List.copyOf(openActions);
    }

    public String partnershipId() {
        return summary.partnershipId();
    }

    public static PartnershipIndex of(PartnershipView view) {
        return new PartnershipIndex(summary(view), view.purpose(),
                view.partners().stream().map(p -> new Partner(p.partnerId(), p.name(), p.type())).toList(),
                correctivePlanDue(view), daysFromProposalToAgreement(view),
                view.discontinuation() == null ? null : view.discontinuation().reason(),
                view.withdrawal() != null, openActions(view));
    }

    private static PartnershipSummary summary(PartnershipView view) {
        return new PartnershipSummary(view.partnershipId(), view.title(), view.status(), view.form(),
                view.leadOffice(), view.partners().stream().map(PartnerView::name).toList(),
                view.partners().stream().map(PartnerView::type).distinct().sorted().toList(), view.transfer(),
                view.proposedAt(), view.agreement() == null ? null : view.agreement().signedOn(),
                view.nextReviewDue());
    }

    private static LocalDate correctivePlanDue(PartnershipView view) {
        boolean awaitingPlan = view.status() == PartnershipStatus.UNDER_CORRECTION
                && view.underCorrection() != null && view.openCorrectivePlan() == null;
        return awaitingPlan ? view.underCorrection().planDeadline() : null;
    }

    /**
     * Null, and so out of the median, for an agreement signed before the proposal was recorded: that is history
     * entered after the fact (a migration, the demo portfolio), whose real proposal date the ledger does not know.
     */
    private static Integer daysFromProposalToAgreement(PartnershipView view) {
        if (view.firstAgreedOn() == null) {
            return null;
        }
        LocalDate proposedOn = LocalDate.ofInstant(view.proposedAt(), ZoneOffset.UTC);
        long days = ChronoUnit.DAYS.between(proposedOn, view.firstAgreedOn());
        return days < 0 ? null : Math.toIntExact(days);
    }

    private static List<OpenAction> openActions(PartnershipView view) {
        if (view.openCorrectivePlan() == null) {
            return List.of();
        }
        return view.openCorrectivePlan().actions().stream().filter(action -> !action.done())
                .map(OpenAction::of).toList();
    }

    /** A current partner, as the portfolio filters on its type and searches its name. */
    public record Partner(String partnerId, String name, PartnerType type) {
    }

    /** An action not yet done, as the review calendar finds it once its due date passes. */
    public record OpenAction(String actionId, String description, String responsiblePartnerId, String responsible,
                             LocalDate dueDate) {

        static OpenAction of(CorrectiveActionView action) {
            return new OpenAction(action.actionId(), action.description(), action.responsiblePartnerId(),
                    action.responsible(), action.dueDate());
        }
    }
}
