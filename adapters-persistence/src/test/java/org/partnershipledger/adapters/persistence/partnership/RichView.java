package org.partnershipledger.adapters.persistence.partnership;

import org.partnershipledger.application.partnership.views.AgreementCycleView;
import org.partnershipledger.application.partnership.views.AgreementView;
import org.partnershipledger.application.partnership.views.AmendmentChangesView;
import org.partnershipledger.application.partnership.views.AmendmentView;
import org.partnershipledger.application.partnership.views.ClearanceView;
import org.partnershipledger.application.partnership.views.CommitmentView;
import org.partnershipledger.application.partnership.views.ConclusionView;
import org.partnershipledger.application.partnership.views.ContributionView;
import org.partnershipledger.application.partnership.views.CorrectiveActionView;
import org.partnershipledger.application.partnership.views.CorrectivePlanView;
import org.partnershipledger.application.partnership.views.PartnerView;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.application.partnership.views.RecordCorrectionView;
import org.partnershipledger.application.partnership.views.ReviewView;
import org.partnershipledger.application.partnership.views.TermsView;
import org.partnershipledger.application.partnership.views.UnderCorrectionView;
import org.partnershipledger.application.partnership.views.VettingOutcomeView;
import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.AspectAssessment;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.FunctioningAssessment;
import org.partnershipledger.domain.partnership.FunctioningRating;
import org.partnershipledger.domain.partnership.NextStep;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.domain.partnership.RecordedFact;
import org.partnershipledger.domain.partnership.ReviewProgress;
import org.partnershipledger.domain.partnership.ReviewRecommendation;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.partnership.VettingOutcome;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.VettingTier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A view with every part filled in, renewed once and under correction, to show that none is lost in storage. */
final class RichView {

    private static final LocalDate SIGNED = LocalDate.of(2026, 4, 1);
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");

    private RichView() {
    }

    static PartnershipView of(String id) {
        Money transfer = new Money(new java.math.BigDecimal("250000.50"), "USD");
        VettingOutcomeView vetting = new VettingOutcomeView("v-1", VettingOutcome.CLEARED_WITH_CONDITIONS,
                VettingTier.ENHANCED, VettingTier.STANDARD, LocalDate.of(2028, 3, 31), List.of("quarterly reports"), true, AT);
        PartnerView tostan = new PartnerView("tostan", "Tostan", PartnerType.CSO, "SN", "SN-1991",
                EngagementLevel.ACTIVE, vetting, AT, null, null);
        PartnerView former = new PartnerView("old", "Old Partner", PartnerType.MEDIA, "GH", null,
                EngagementLevel.ADVISORY, null, AT, AT.plusSeconds(3600), "no capacity");
        TermsView terms = new TermsView(List.of("objective"), List.of("target"),
                List.of(new ContributionView("tostan", Money.of("5000", "XOF"), "staff", "implementer", "classes")),
                SIGNED, SIGNED.plusYears(3), 6, "quarterly m&e", List.of("indicator"), "exit");
        AmendmentView amendment = new AmendmentView("a-1", SIGNED.plusMonths(1),
                new AmendmentChangesView(SIGNED.plusYears(4), null, null, null, null, null, null), "delays",
                transfer, transfer);
        AgreementView agreement = new AgreementView(2, SIGNED, terms, transfer, false,
                List.of(new ClearanceView("tostan", "v-1", VettingOutcome.CLEARED, VettingTier.STANDARD,
                        VettingTier.STANDARD, LocalDate.of(2028, 3, 31))), List.of(amendment));
        AspectAssessment works = AspectAssessment.rated(FunctioningRating.WORKS_WELL);
        ReviewView review = new ReviewView("r-1", 2, SIGNED.plusMonths(6), ReviewProgress.LITTLE_OR_NO_PROGRESS,
                new FunctioningAssessment(works, new AspectAssessment(null, "unclear"), works, works, works), false,
                "costly", List.of("tostan"), List.of(new CommitmentView("tostan", false, "late")),
                ReviewRecommendation.CORRECTIVE_ACTION, "behind");
        CorrectivePlanView open = new CorrectivePlanView("plan-2", SIGNED.plusMonths(6).plusDays(3),
                SIGNED.plusMonths(7), List.of(new CorrectiveActionView("a", "hire", "tostan", "Tostan",
                SIGNED.plusMonths(8), true, SIGNED.plusMonths(7), "hired"), new CorrectiveActionView("b", "audit",
                null, CorrectiveActionView.AGENCY, SIGNED.plusMonths(9), false, null, null)),
                Money.of("200000", "USD"), "smaller", transfer, null, null, null);
        CorrectivePlanView closed = new CorrectivePlanView("plan-1", SIGNED.minusYears(2), SIGNED.minusYears(2),
                List.of(), null, null, null, SIGNED.minusYears(1), CorrectivePlanView.Closure.CORRECTED, "r-0");
        ConclusionView conclusion = new ConclusionView(1, SIGNED.minusDays(30), List.of("tostan"),
                List.of("met"), List.of("learned"), List.of("district"), NextStep.RENEW);
        return new PartnershipView(id, 42, "Community-led", "end harmful practices", PartnershipForm.FORMAL_PARTNERSHIP,
                AgencyRole.FACILITATOR, Scope.REGIONAL, Money.of("200000", "USD"), PartnershipStatus.UNDER_CORRECTION,
                "CO-SEN", "officer", AT, AT.plusSeconds(86_400), List.of(tostan), List.of(former), 2, agreement,
                SIGNED.minusYears(3), List.of(review), SIGNED.plusMonths(12),
                new UnderCorrectionView("r-1", SIGNED.plusMonths(6), SIGNED.plusMonths(7)), open, List.of(closed),
                null, null, null, List.of(new AgreementCycleView(1, agreement, conclusion, SIGNED.minusDays(30))),
                List.of(new RecordCorrectionView(RecordedFact.TITLE, null, "Comunity-led", "Community-led", "typo",
                        AT)));
    }
}
