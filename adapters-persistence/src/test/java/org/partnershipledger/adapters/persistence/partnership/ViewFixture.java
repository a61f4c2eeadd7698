package org.partnershipledger.adapters.persistence.partnership;

import org.partnershipledger.application.partnership.views.AgreementView;
import org.partnershipledger.application.partnership.views.CorrectiveActionView;
import org.partnershipledger.application.partnership.views.CorrectivePlanView;
import org.partnershipledger.application.partnership.views.DiscontinuationView;
import org.partnershipledger.application.partnership.views.PartnerView;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.application.partnership.views.TermsView;
import org.partnershipledger.application.partnership.views.UnderCorrectionView;
import org.partnershipledger.application.partnership.views.WithdrawalView;
import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.projections.partnership.PartnershipIndex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds partnership views for store tests, each in a state the projection could have left it in, with defaults for
 * everything a test does not name. Its index is derived as the projection derives it.
 */
final class ViewFixture {

    static final Instant DAY_ONE = Instant.parse("2026-01-10T09:00:00Z");

    private final String id;
    private String title;
    private String purpose = "a purpose";
    private PartnershipForm form = PartnershipForm.FORMAL_PARTNERSHIP;
    private PartnershipStatus status = PartnershipStatus.PROPOSED;
    private String office = "CO-SEN";
    private Instant proposedAt = DAY_ONE;
    private final List<PartnerView> partners = new ArrayList<>();
    private AgreementView agreement;
    private LocalDate nextReviewDue;
    private UnderCorrectionView underCorrection;
    private CorrectivePlanView openPlan;
    private DiscontinuationView discontinuation;
    private WithdrawalView withdrawal;

    private ViewFixture(String id) {
        this.id = id;
        this.title = "Partnership " + id;
    }

    static ViewFixture partnership(String id) {
        return new ViewFixture(id);
    }

    static PartnerView partner(String id, String name, PartnerType type) {
        return new PartnerView(id, name, type, "SN", null, EngagementLevel.ACTIVE, null, DAY_ONE, null, null);
    }

    ViewFixture title(String value) {
        this.title = value;
        return this;
    }

    ViewFixture purpose(String value) {
        this.purpose = value;
        return this;
    }

    ViewFixture collaborative() {
        this.form = PartnershipForm.COLLABORATIVE_RELATIONSHIP;
        return this;
    }

    ViewFixture status(PartnershipStatus value) {
        this.status = value;
        return this;
    }

    ViewFixture office(String value) {
        this.office = value;
        return this;
    }

    ViewFixture proposedDaysAfterDayOne(int days) {
        this.proposedAt = DAY_ONE.plusSeconds(days * 86_400L);
        return this;
    }

    ViewFixture with(PartnerView partner) {
        partners.add(partner);
        return this;
    }

    /** Agreed on {@code signedOn}, reviewed every six months, the next review due on {@code reviewDue}. */
    ViewFixture agreed(LocalDate signedOn, LocalDate reviewDue) {
        this.status = PartnershipStatus.AGREED;
        this.agreement = new AgreementView(1, signedOn, new TermsView(List.of("objective"), List.of(), List.of(),
                signedOn, signedOn.plusYears(2), 6, "m&e", List.of(), "exit"), null, false, List.of(), List.of());
        this.nextReviewDue = reviewDue;
        return this;
    }

    /** Under correction since {@code reviewDate}, with the plan due 30 days later and none agreed. */
    ViewFixture awaitingPlan(LocalDate reviewDate) {
        agreed(reviewDate.minusMonths(6), reviewDate.plusMonths(6));
        this.status = PartnershipStatus.UNDER_CORRECTION;
        this.underCorrection = new UnderCorrectionView("r-1", reviewDate, reviewDate.plusDays(30));
        return this;
    }

    ViewFixture planAgreed(LocalDate reviewDate, CorrectiveActionView... actions) {
        awaitingPlan(reviewDate);
        this.openPlan = new CorrectivePlanView("plan-1", reviewDate.plusDays(3), reviewDate.plusDays(30),
                List.of(actions), null, null, null, null, null, null);
        return this;
    }

    static CorrectiveActionView action(String id, String responsible, LocalDate due, boolean done) {
        return new CorrectiveActionView(id, "do " + id, responsible == null ? null : responsible.toLowerCase(),
                responsible == null ? CorrectiveActionView.AGENCY : responsible, due, done,
                done ? due.minusDays(1) : null, null);
    }

    /** Discontinued as the projection leaves it: any open plan closed, nothing under correction. */
    ViewFixture discontinued(DiscontinuationReason reason) {
        this.status = PartnershipStatus.DISCONTINUED;
        this.openPlan = null;
        this.underCorrection = null;
        this.discontinuation = new DiscontinuationView(reason, "why", null, LocalDate.of(2026, 12, 1),
                List.of("hand over"), null);
        this.nextReviewDue = null;
        return this;
    }

    ViewFixture withdrawn() {
        this.status = PartnershipStatus.DISCONTINUED;
        this.withdrawal = new WithdrawalView("changed plans", LocalDate.of(2026, 2, 1));
        return this;
    }

    PartnershipView view() {
        List<PartnerView> all = partners.isEmpty()
                ? List.of(partner("tostan-" + id, "Tostan", PartnerType.CSO)) : partners;
        return new PartnershipView(id, 3, title, purpose, form, AgencyRole.PARTNER, Scope.NATIONAL,
                Money.of("250000", "USD"), status, office, "officer", proposedAt, proposedAt.plusSeconds(60), all,
                List.of(), 1, agreement, agreement == null ? null : agreement.signedOn(), List.of(), nextReviewDue,
                underCorrection, openPlan, List.of(), discontinuation, withdrawal, null, List.of(), List.of());
    }

    PartnershipIndex index() {
        return PartnershipIndex.of(view());
    }
}
