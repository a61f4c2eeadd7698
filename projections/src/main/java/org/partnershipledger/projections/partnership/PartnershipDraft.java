package org.partnershipledger.projections.partnership;

import org.partnershipledger.application.partnership.views.AgreementCycleView;
import org.partnershipledger.application.partnership.views.AgreementView;
import org.partnershipledger.application.partnership.views.AmendmentView;
import org.partnershipledger.application.partnership.views.ConclusionView;
import org.partnershipledger.application.partnership.views.CorrectiveActionView;
import org.partnershipledger.application.partnership.views.CorrectivePlanView;
import org.partnershipledger.application.partnership.views.DiscontinuationView;
import org.partnershipledger.application.partnership.views.PartnerView;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.application.partnership.views.RecordCorrectionView;
import org.partnershipledger.application.partnership.views.ReviewView;
import org.partnershipledger.application.partnership.views.TermsView;
import org.partnershipledger.application.partnership.views.UnderCorrectionView;
import org.partnershipledger.application.partnership.views.WithdrawalView;
import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A partnership view being brought up to date by one event. Views are immutable records of many parts; changing one
 * part through a mutable copy keeps each event handler to the lines that say what the event changes.
 */
final class PartnershipDraft {

    String partnershipId;
    String title;
    String purpose;
    PartnershipForm form;
    AgencyRole agencyRole;
    Scope scope;
    Money transfer;
    PartnershipStatus status;
    String leadOffice;
    String proposedBy;
    Instant proposedAt;
    final List<PartnerView> partners = new ArrayList<>();
    final List<PartnerView> formerPartners = new ArrayList<>();
    int cycle;
    AgreementView agreement;
    LocalDate firstAgreedOn;
    final List<ReviewView> reviews = new ArrayList<>();
    UnderCorrectionView underCorrection;
    CorrectivePlanView openPlan;
    final List<CorrectivePlanView> closedPlans = new ArrayList<>();
    DiscontinuationView discontinuation;
    WithdrawalView withdrawal;
    ConclusionView conclusion;
    final List<AgreementCycleView> earlierCycles = new ArrayList<>();
    final List<RecordCorrectionView> recordCorrections = new ArrayList<>();

    static PartnershipDraft proposed(PartnershipProposed event, Instant at) {
        PartnershipDraft draft = new PartnershipDraft();
        draft.partnershipId = event.partnershipId().value();
        draft.title = event.title();
        draft.purpose = event.purpose();
        draft.form = event.form();
        draft.agencyRole = event.agencyRole();
        draft.scope = event.scope();
        draft.transfer = event.agencyTransfer();
        draft.status = PartnershipStatus.PROPOSED;
        draft.leadOffice = event.leadOffice().value();
        draft.proposedBy = event.proposedBy().value();
        draft.proposedAt = at;
        draft.cycle = 1;
        event.partners().forEach(partner -> draft.partners.add(ViewMapping.partner(partner, at)));
        return draft;
    }

    static PartnershipDraft of(PartnershipView view) {
        PartnershipDraft draft = new PartnershipDraft();
        draft.partnershipId = view.partnershipId();
        draft.title = view.title();
        draft.purpose = view.purpose();
        draft.form = view.form();
        draft.agencyRole = view.agencyRole();
        draft.scope = view.scope();
        draft.transfer = view.transfer();
        draft.status = view.status();
        draft.leadOffice = view.leadOffice();
        draft.proposedBy = view.proposedBy();
        draft.proposedAt = view.proposedAt();
        draft.partners.addAll(view.partners());
        draft.formerPartners.addAll(view.formerPartners());
        draft.cycle = view.cycle();
        draft.agreement = view.agreement();
        draft.firstAgreedOn = view.firstAgreedOn();
        draft.reviews.addAll(view.reviews());
        draft.underCorrection = view.underCorrection();
        draft.openPlan = view.openCorrectivePlan();
        draft.closedPlans.addAll(view.closedCorrectivePlans());
        draft.discontinuation = view.discontinuation();
        draft.withdrawal = view.withdrawal();
        draft.conclusion = view.conclusion();
        draft.earlierCycles.addAll(view.earlierCycles());
        draft.recordCorrections.addAll(view.recordCorrections());
        return draft;
    }

    PartnershipView toView(long version, Instant changedAt) {
        return new PartnershipView(partnershipId, version, title, purpose, form, agencyRole, scope, transfer, status,
                leadOffice, proposedBy, proposedAt, changedAt, partners, formerPartners, cycle, agreement,
                firstAgreedOn, reviews, nextReviewDue(), underCorrection, openPlan, closedPlans, discontinuation,
                withdrawal, conclusion, earlierCycles, recordCorrections);
    }

    /**
     * The latest review of the current cycle, or the agreement's start (its signing when it states none), plus the
     * review frequency. Only a running agreement has reviews due: none before agreement, none once ended.
     */
    LocalDate nextReviewDue() {
        boolean running = status == PartnershipStatus.AGREED || status == PartnershipStatus.UNDER_CORRECTION;
        if (!running || agreement == null || agreement.terms().reviewFrequencyMonths() == null) {
            return null;
        }
        TermsView terms = agreement.terms();
        LocalDate start = terms.startDate() != null ? terms.startDate() : agreement.signedOn();
        LocalDate lastReview = reviews.stream().filter(r -> r.cycle() == cycle).map(ReviewView::reviewDate)
                .max(Comparator.naturalOrder()).orElse(start);
        return lastReview.plusMonths(terms.reviewFrequencyMonths());
    }

    // ---- partners (P2, P3, P11) -------------------------------------------------------------------------------

    void join(PartnerView partner) {
        partners.removeIf(p -> p.partnerId().equals(partner.partnerId()));
        partners.add(partner);
    }

    void leave(String partnerId, Instant at, String reason) {
        partners.stream().filter(p -> p.partnerId().equals(partnerId)).findFirst().ifPresent(p -> {
            partners.remove(p);
            formerPartners.add(new PartnerView(p.partnerId(), p.name(), p.type(), p.country(),
                    p.registrationReference(), p.engagement(), p.vetting(), p.joinedAt(), at, reason));
        });
    }

    void updatePartner(String partnerId, UnaryOperator<PartnerView> change) {
        partners.replaceAll(p -> p.partnerId().equals(partnerId) ? change.apply(p) : p);
    }

    /** A partner's name, or its id when it is no longer a partner, so that a reader always sees someone named. */
    String partnerName(String partnerId) {
        return partners.stream().filter(p -> p.partnerId().equals(partnerId)).map(PartnerView::name).findFirst()
                .orElse(partnerId);
    }

    // ---- agreement (P3, P4, P9, P10) --------------------------------------------------------------------------

    void agree(AgreementView signed) {
        status = PartnershipStatus.AGREED;
        cycle = signed.cycle();
        agreement = signed;
        if (firstAgreedOn == null) {
            firstAgreedOn = signed.signedOn();
        }
    }

    void amend(AmendmentView amendment, TermsView amendedTerms) {
        transfer = amendment.agencyTransfer();
        if (agreement != null) {
            List<AmendmentView> amendments = new ArrayList<>(agreement.amendments());
            amendments.add(amendment);
            agreement = new AgreementView(agreement.cycle(), agreement.signedOn(), amendedTerms,
                    amendment.agencyTransfer(), agreement.reducedRequirements(), agreement.clearances(), amendments);
        }
    }

    /** A renewal (P9) starts a cycle without agreement; the ended cycle stays readable with its conclusion. */
    void renew(int newCycle, LocalDate renewedOn) {
        earlierCycles.add(new AgreementCycleView(cycle, agreement, conclusion, renewedOn));
        status = PartnershipStatus.VETTED;
        cycle = newCycle;
        agreement = null;
        conclusion = null;
        underCorrection = null;
    }

    // ---- reviews and correction (P6, P7, P11) -----------------------------------------------------------------

    void updateReview(String reviewId, UnaryOperator<ReviewView> change) {
        reviews.replaceAll(r -> r.reviewId().equals(reviewId) ? change.apply(r) : r);
    }

    /** Changes actions of the plan {@code planId}, or of every plan when it is {@code null}. */
    void updateActions(String planId, UnaryOperator<CorrectiveActionView> change) {
        UnaryOperator<CorrectivePlanView> inPlan = plan -> planId != null && !plan.planId().equals(planId) ? plan
                : new CorrectivePlanView(plan.planId(), plan.agreedOn(), plan.deadline(),
                        plan.actions().stream().map(change).toList(), plan.budgetModification(), plan.budgetNote(),
                        plan.previousAgencyTransfer(), plan.closedOn(), plan.closure(), plan.correctedByReviewId());
        if (openPlan != null) {
            openPlan = inPlan.apply(openPlan);
        }
        closedPlans.replaceAll(inPlan);
    }

    /** Moves the open plan, if any, among the closed ones; a plan never disappears from the view. */
    void closePlan(LocalDate closedOn, CorrectivePlanView.Closure closure, String correctedByReviewId) {
        if (openPlan != null) {
            CorrectivePlanView p = openPlan;
            closedPlans.add(new CorrectivePlanView(p.planId(), p.agreedOn(), p.deadline(), p.actions(),
                    p.budgetModification(), p.budgetNote(), p.previousAgencyTransfer(), closedOn, closure,
                    correctedByReviewId));
            openPlan = null;
        }
        underCorrection = null;
    }
}
