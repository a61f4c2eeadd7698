package org.partnershipledger.projections.partnership;

import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.AgreementChanges;
import org.partnershipledger.domain.partnership.AgreementTerms;
import org.partnershipledger.domain.partnership.AmendmentId;
import org.partnershipledger.domain.partnership.AspectAssessment;
import org.partnershipledger.domain.partnership.CommitmentAssessment;
import org.partnershipledger.domain.partnership.CorrectiveAction;
import org.partnershipledger.domain.partnership.CorrectiveActionId;
import org.partnershipledger.domain.partnership.CorrectivePlanId;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.FinalEvaluation;
import org.partnershipledger.domain.partnership.FunctioningAssessment;
import org.partnershipledger.domain.partnership.FunctioningRating;
import org.partnershipledger.domain.partnership.NextStep;
import org.partnershipledger.domain.partnership.PartnerClearance;
import org.partnershipledger.domain.partnership.PartnerContribution;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.RecordedFact;
import org.partnershipledger.domain.partnership.ResponsibleParty;
import org.partnershipledger.domain.partnership.ReviewId;
import org.partnershipledger.domain.partnership.ReviewProgress;
import org.partnershipledger.domain.partnership.ReviewRecommendation;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.partnership.VettingOutcome;
import org.partnershipledger.domain.partnership.events.AgreementAmended;
import org.partnershipledger.domain.partnership.events.AgreementConcluded;
import org.partnershipledger.domain.partnership.events.AgreementCycleRenewed;
import org.partnershipledger.domain.partnership.events.CorrectiveActionCompleted;
import org.partnershipledger.domain.partnership.events.CorrectiveActionPlanAgreed;
import org.partnershipledger.domain.partnership.events.PartnerJoined;
import org.partnershipledger.domain.partnership.events.PartnerLeft;
import org.partnershipledger.domain.partnership.events.PartnershipConcluded;
import org.partnershipledger.domain.partnership.events.PartnershipCorrected;
import org.partnershipledger.domain.partnership.events.PartnershipDiscontinued;
import org.partnershipledger.domain.partnership.events.PartnershipPlacedUnderCorrection;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.partnership.events.PartnershipReturnedToProposed;
import org.partnershipledger.domain.partnership.events.PartnershipVetted;
import org.partnershipledger.domain.partnership.events.ProposalWithdrawn;
import org.partnershipledger.domain.partnership.events.RecordedFactCorrected;
import org.partnershipledger.domain.partnership.events.ReviewRecorded;
import org.partnershipledger.domain.partnership.events.VettingOutcomeRecorded;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.shared.VettingTier;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Events of one partnership as the aggregate would apply them, with plausible defaults, so that a test states only
 * what its behaviour depends on.
 */
final class PartnershipEvents {

    static final Money TRANSFER = Money.of("250000", "USD");
    static final PartnerProfile TOSTAN = partner("tostan", "Tostan", PartnerType.CSO);

    private final PartnershipId id;

    PartnershipEvents(String partnershipId) {
        this.id = new PartnershipId(partnershipId);
    }

    String partnershipId() {
        return id.value();
    }

    static PartnerProfile partner(String id, String name, PartnerType type) {
        return new PartnerProfile(new PartnerId(id), name, type, "SN", "REG-" + id, EngagementLevel.ACTIVE);
    }

    PartnershipProposed proposed(String title, PartnerProfile... partners) {
        return proposed(title, "purpose of " + title, "CO-SEN", partners);
    }

    PartnershipProposed proposed(String title, String purpose, String office, PartnerProfile... partners) {
        return new PartnershipProposed(id, title, purpose, PartnershipForm.FORMAL_PARTNERSHIP, AgencyRole.PARTNER,
                Scope.NATIONAL, TRANSFER, partners.length == 0 ? List.of(TOSTAN) : Arrays.asList(partners),
                new OfficeCode(office), new UserId("officer"));
    }

    PartnershipProposed proposedCollaboration(String title, PartnerProfile... partners) {
        return new PartnershipProposed(id, title, "purpose", PartnershipForm.COLLABORATIVE_RELATIONSHIP,
                AgencyRole.CONVENER, Scope.GLOBAL, null, Arrays.asList(partners), new OfficeCode("HQ"),
                new UserId("officer"));
    }

    PartnerJoined joined(PartnerProfile partner) {
        return new PartnerJoined(id, partner);
    }

    PartnerLeft left(PartnerProfile partner, String reason) {
        return new PartnerLeft(id, partner.partnerId(), partner.name(), reason);
    }

    VettingOutcomeRecorded cleared(PartnerProfile partner, LocalDate validUntil) {
        return new VettingOutcomeRecorded(id, partner.partnerId(), "vetting-" + partner.partnerId().value(),
                VettingOutcome.CLEARED, VettingTier.STANDARD, VettingTier.STANDARD, validUntil, List.of(), false);
    }

    VettingOutcomeRecorded vettingOutcome(PartnerProfile partner, String vettingId, VettingOutcome outcome,
                                          List<String> conditions, boolean reused) {
        return new VettingOutcomeRecorded(id, partner.partnerId(), vettingId, outcome, VettingTier.ENHANCED,
                VettingTier.STANDARD, outcome.clears() ? LocalDate.of(2028, 1, 31) : null, conditions, reused);
    }

    PartnershipVetted vetted(PartnerProfile... partners) {
        return new PartnershipVetted(id, Arrays.stream(partners).map(p -> new PartnerClearance(p.partnerId(),
                "vetting-" + p.partnerId().value(), VettingOutcome.CLEARED, VettingTier.STANDARD,
                VettingTier.STANDARD, LocalDate.of(2028, 1, 31))).toList());
    }

    PartnershipReturnedToProposed returnedToProposed(PartnerProfile partner) {
        return new PartnershipReturnedToProposed(id, List.of(partner.partnerId()), "a partner joined");
    }

    AgreementConcluded agreed(int cycle, LocalDate signedOn, LocalDate startDate, Integer reviewFrequencyMonths) {
        return new AgreementConcluded(id, cycle, PartnershipForm.FORMAL_PARTNERSHIP, signedOn,
                terms(startDate, reviewFrequencyMonths), TRANSFER, false,
                List.of(new PartnerClearance(TOSTAN.partnerId(), "vetting-tostan", VettingOutcome.CLEARED,
                        VettingTier.STANDARD, VettingTier.STANDARD, LocalDate.of(2028, 1, 31))));
    }

    AgreementConcluded agreed(LocalDate signedOn, int reviewFrequencyMonths) {
        return agreed(1, signedOn, signedOn, reviewFrequencyMonths);
    }

    static AgreementTerms terms(LocalDate startDate, Integer reviewFrequencyMonths) {
        return new AgreementTerms(List.of("End harmful practices in 200 villages"), List.of("Community classes"),
                List.of(new PartnerContribution(TOSTAN.partnerId(), Money.of("50000", "USD"), "facilitators",
                        "implementer", "runs the classes")),
                startDate, startDate == null ? null : startDate.plusYears(3), reviewFrequencyMonths,
                "quarterly monitoring", List.of("villages declaring abandonment"), "ends when funding stops");
    }

    AgreementAmended amended(String amendmentId, LocalDate on, AgreementChanges changes, String rationale,
                             Money newTransfer, Money previousTransfer, AgreementTerms amendedTerms) {
        return new AgreementAmended(id, new AmendmentId(amendmentId), on, changes, rationale, amendedTerms,
                newTransfer, previousTransfer);
    }

    ReviewRecorded reviewed(String reviewId, LocalDate on, ReviewProgress progress) {
        return reviewed(reviewId, on, progress, ReviewRecommendation.CONTINUE, "summary of " + reviewId);
    }

    ReviewRecorded reviewed(String reviewId, LocalDate on, ReviewProgress progress,
                            ReviewRecommendation recommendation, String summary) {
        AspectAssessment works = AspectAssessment.rated(FunctioningRating.WORKS_WELL);
        return new ReviewRecorded(id, new ReviewId(reviewId), on, progress,
                new FunctioningAssessment(works, works, new AspectAssessment(FunctioningRating.NEEDS_ATTENTION,
                        "reports arrive late"), works, works),
                true, "worth it", List.of(TOSTAN.partnerId()),
                List.of(new CommitmentAssessment(TOSTAN.partnerId(), true, "kept")), recommendation, summary);
    }

    PartnershipPlacedUnderCorrection placedUnderCorrection(String reviewId, LocalDate reviewDate) {
        return new PartnershipPlacedUnderCorrection(id, new ReviewId(reviewId), reviewDate,
                reviewDate.plusDays(30));
    }

    static CorrectiveAction action(String actionId, PartnerProfile responsible, LocalDate dueDate) {
        return new CorrectiveAction(new CorrectiveActionId(actionId), "do " + actionId,
                responsible == null ? ResponsibleParty.agency() : ResponsibleParty.partner(responsible.partnerId()),
                dueDate);
    }

    CorrectiveActionPlanAgreed planAgreed(String planId, LocalDate agreedOn, LocalDate deadline, Money budget,
                                          CorrectiveAction... actions) {
        return new CorrectiveActionPlanAgreed(id, new CorrectivePlanId(planId), List.of(actions), budget,
                budget == null ? null : "fewer villages", TRANSFER, agreedOn, deadline);
    }

    CorrectiveActionCompleted actionCompleted(String planId, String actionId, LocalDate on) {
        return new CorrectiveActionCompleted(id, new CorrectivePlanId(planId), new CorrectiveActionId(actionId), on,
                "done well");
    }

    PartnershipCorrected corrected(String planId, String reviewId, LocalDate on) {
        return new PartnershipCorrected(id, new CorrectivePlanId(planId), new ReviewId(reviewId), on);
    }

    PartnershipDiscontinued discontinued(DiscontinuationReason reason, LocalDate effectiveDate, String reviewId) {
        return new PartnershipDiscontinued(id, reason, "no progress after the plan", null, effectiveDate,
                List.of("hand over to the district"), reviewId == null ? null : new ReviewId(reviewId));
    }

    ProposalWithdrawn withdrawn(String reason, LocalDate on) {
        return new ProposalWithdrawn(id, reason, on);
    }

    PartnershipConcluded concluded(int cycle, LocalDate on, NextStep nextStep) {
        return new PartnershipConcluded(id, cycle, on,
                new FinalEvaluation(List.of(TOSTAN.partnerId()), List.of("objectives met"), List.of("start small")),
                List.of("district takes over"), nextStep);
    }

    AgreementCycleRenewed renewed(int cycle, LocalDate on) {
        return new AgreementCycleRenewed(id, cycle, on);
    }

    RecordedFactCorrected factCorrected(RecordedFact fact, String targetId, String oldValue, String newValue) {
        return new RecordedFactCorrected(id, fact, targetId, oldValue, newValue, "typo");
    }
}
