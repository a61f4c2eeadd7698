package org.partnershipledger.projections.partnership;

import org.partnershipledger.application.partnership.views.AgreementView;
import org.partnershipledger.application.partnership.views.AmendmentChangesView;
import org.partnershipledger.application.partnership.views.AmendmentView;
import org.partnershipledger.application.partnership.views.ClearanceView;
import org.partnershipledger.application.partnership.views.CommitmentView;
import org.partnershipledger.application.partnership.views.ConclusionView;
import org.partnershipledger.application.partnership.views.ContributionView;
import org.partnershipledger.application.partnership.views.DiscontinuationView;
import org.partnershipledger.application.partnership.views.PartnerView;
import org.partnershipledger.application.partnership.views.ReviewView;
import org.partnershipledger.application.partnership.views.TermsView;
import org.partnershipledger.application.partnership.views.VettingOutcomeView;
import org.partnershipledger.domain.partnership.AgreementChanges;
import org.partnershipledger.domain.partnership.AgreementTerms;
import org.partnershipledger.domain.partnership.PartnerClearance;
import org.partnershipledger.domain.partnership.PartnerContribution;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.events.AgreementAmended;
import org.partnershipledger.domain.partnership.events.AgreementConcluded;
import org.partnershipledger.domain.partnership.events.PartnershipConcluded;
import org.partnershipledger.domain.partnership.events.PartnershipDiscontinued;
import org.partnershipledger.domain.partnership.events.ReviewRecorded;
import org.partnershipledger.domain.partnership.events.VettingOutcomeRecorded;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Turns the value objects of events into view records. Identifiers become plain strings, so that an API client reads
 * {@code "partnerId": "…"} rather than a wrapped value.
 */
final class ViewMapping {

    private ViewMapping() {
    }

    static PartnerView partner(PartnerProfile partner, Instant joinedAt) {
        return new PartnerView(partner.partnerId().value(), partner.name(), partner.type(), partner.country(),
                partner.registrationReference(), partner.engagement(), null, joinedAt, null, null);
    }

    static VettingOutcomeView vetting(VettingOutcomeRecorded event, Instant recordedAt) {
        return new VettingOutcomeView(event.vettingId(), event.outcome(), event.tier(), event.requiredTier(),
                event.validUntil(), event.conditions(), event.reusedClearance(), recordedAt);
    }

    static AgreementView agreement(AgreementConcluded event) {
        return new AgreementView(event.cycle(), event.signedOn(), terms(event.terms()), event.agencyTransfer(),
                event.reducedRequirements(), map(event.clearances(), ViewMapping::clearance), List.of());
    }

    static AmendmentView amendment(AgreementAmended event) {
        AgreementChanges changes = event.changes();
        AmendmentChangesView changesView = changes == null ? null : new AmendmentChangesView(
                changes.intendedEndDate(), changes.agencyTransfer(),
                changes.contributions() == null ? null : map(changes.contributions(), ViewMapping::contribution),
                changes.objectives(), changes.operationalTargets(), changes.indicators(), changes.exitStrategy());
        return new AmendmentView(event.amendmentId().value(), event.amendedOn(), changesView, event.rationale(),
                event.agencyTransfer(), event.previousAgencyTransfer());
    }

    static TermsView terms(AgreementTerms terms) {
        return new TermsView(terms.objectives(), terms.operationalTargets(),
                map(terms.contributions(), ViewMapping::contribution), terms.startDate(), terms.intendedEndDate(),
                terms.reviewFrequencyMonths(), terms.monitoringAndEvaluation(), terms.indicators(),
                terms.exitStrategy());
    }

    static ReviewView review(ReviewRecorded event, int cycle) {
        return new ReviewView(event.reviewId().value(), cycle, event.reviewDate(), event.progress(),
                event.functioning(), event.worthItsCosts(), event.worthItsCostsNote(),
                map(event.participants(), PartnerId::value),
                map(event.commitments(), c -> new CommitmentView(c.partnerId().value(), c.kept(), c.note())),
                event.recommendation(), event.summary());
    }

    static DiscontinuationView discontinuation(PartnershipDiscontinued event) {
        return new DiscontinuationView(event.reason(), event.justification(), event.principle(),
                event.effectiveDate(), event.continuityMeasures(),
                event.evidenceReviewId() == null ? null : event.evidenceReviewId().value());
    }

    static ConclusionView conclusion(PartnershipConcluded event) {
        var evaluation = event.finalEvaluation();
        return new ConclusionView(event.cycle(), event.concludedOn(),
                evaluation == null ? List.of() : map(evaluation.participants(), PartnerId::value),
                evaluation == null ? List.of() : evaluation.findings(),
                evaluation == null ? List.of() : evaluation.lessons(),
                event.sustainabilityMeasures(), event.nextStep());
    }

    private static ClearanceView clearance(PartnerClearance clearance) {
        return new ClearanceView(clearance.partnerId().value(), clearance.vettingId(), clearance.outcome(),
                clearance.tier(), clearance.requiredTier(), clearance.validUntil());
    }

    private static ContributionView contribution(PartnerContribution contribution) {
        return new ContributionView(contribution.partnerId().value(), contribution.financial(),
                contribution.inKind(), contribution.role(), contribution.responsibilities());
    }

    /** Events never validate, so an old event may hold no list at all where a newer one holds an empty list. */
    private static <T, R> List<R> map(List<T> list, Function<T, R> mapping) {
        return list == null ? List.of() : list.stream().map(mapping).toList();
    }
}
