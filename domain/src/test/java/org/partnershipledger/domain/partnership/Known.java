package org.partnershipledger.domain.partnership;

import org.partnershipledger.domain.partnership.events.AgreementCycleRenewed;
import org.partnershipledger.domain.partnership.events.CorrectiveActionPlanAgreed;
import org.partnershipledger.domain.partnership.events.PartnerJoined;
import org.partnershipledger.domain.partnership.events.PartnerLeft;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.partnership.events.RecordedFactCorrected;
import org.partnershipledger.domain.partnership.events.ReviewRecorded;

import org.partnershipledger.domain.partnership.events.AgreementConcluded;
import org.partnershipledger.domain.partnership.events.CorrectiveActionCompleted;
import org.partnershipledger.domain.partnership.events.PartnershipConcluded;
import org.partnershipledger.domain.partnership.events.PartnershipCorrected;
import org.partnershipledger.domain.partnership.events.PartnershipDiscontinued;
import org.partnershipledger.domain.partnership.events.PartnershipPlacedUnderCorrection;
import org.partnershipledger.domain.partnership.events.PartnershipReturnedToProposed;
import org.partnershipledger.domain.partnership.events.PartnershipVetted;
import org.partnershipledger.domain.partnership.events.ProposalWithdrawn;
import org.partnershipledger.domain.partnership.events.VettingOutcomeRecorded;
import org.partnershipledger.domain.shared.VettingTier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client of a partnership could know from its history: the partners, the reviews, the open plan's actions and
 * the recorded facts. The property tests make their commands against it, as a client reading the partnership would.
 */
record Known(PartnershipStatus status, PartnershipForm form, Map<PartnerId, PartnerProfile> partners,
             Set<PartnerId> cleared, Map<ReviewId, String> reviewSummaries, List<CorrectiveActionId> planActions,
             Set<CorrectiveActionId> completed, String title, String purpose) {

    static Known from(List<Object> history) {
        PartnershipStatus status = null;
        PartnershipForm form = null;
        Set<PartnerId> cleared = new HashSet<>();
        Set<CorrectiveActionId> completed = new HashSet<>();
        String title = null;
        String purpose = null;
        Map<PartnerId, PartnerProfile> partners = new LinkedHashMap<>();
        Map<ReviewId, String> reviews = new LinkedHashMap<>();
        List<CorrectiveActionId> actions = new ArrayList<>();
        for (Object event : history) {
            status = statusAfter(event, status);
            if (event instanceof PartnershipProposed e) {
                form = e.form();
                title = e.title();
                purpose = e.purpose();
                e.partners().forEach(p -> partners.put(p.partnerId(), p));
            } else if (event instanceof PartnerJoined e) {
                partners.put(e.partner().partnerId(), e.partner());
            } else if (event instanceof PartnerLeft e) {
                partners.remove(e.partnerId());
            } else if (event instanceof VettingOutcomeRecorded e) {
                if (e.outcome().clears() && e.tier() == VettingTier.ENHANCED) {
                    cleared.add(e.partnerId());
                } else {
                    cleared.remove(e.partnerId());
                }
            } else if (event instanceof ReviewRecorded e) {
                reviews.put(e.reviewId(), e.summary());
            } else if (event instanceof CorrectiveActionPlanAgreed e) {
                actions = e.actions().stream().map(CorrectiveAction::actionId).toList();
                completed.clear();
            } else if (event instanceof CorrectiveActionCompleted e) {
                completed.add(e.actionId());
            } else if (event instanceof AgreementCycleRenewed || event instanceof PartnershipCorrected) {
                actions = List.of();
                completed.clear();
            } else if (event instanceof RecordedFactCorrected e) {
                switch (e.fact()) {
                    case TITLE -> title = e.newValue();
                    case PURPOSE -> purpose = e.newValue();
                    case PARTNER_NAME -> partners.computeIfPresent(new PartnerId(e.targetId()), (id, p) ->
                            new PartnerProfile(id, e.newValue(), p.type(), p.country(), p.registrationReference(),
                                    p.engagement()));
                    case PARTNER_REGISTRATION_REFERENCE -> partners.computeIfPresent(new PartnerId(e.targetId()),
                            (id, p) -> new PartnerProfile(id, p.name(), p.type(), p.country(), e.newValue(),
                                    p.engagement()));
                    case REVIEW_SUMMARY -> reviews.computeIfPresent(new ReviewId(e.targetId()), (id, s) -> e.newValue());
                    default -> {
                    }
                }
            }
        }
        return new Known(status, form, partners, cleared, reviews, actions, completed, title, purpose);
    }

    private static PartnershipStatus statusAfter(Object event, PartnershipStatus status) {
        if (event instanceof PartnershipProposed || event instanceof PartnershipReturnedToProposed) {
            return PartnershipStatus.PROPOSED;
        }
        if (event instanceof PartnershipVetted || event instanceof AgreementCycleRenewed) {
            return PartnershipStatus.VETTED;
        }
        if (event instanceof AgreementConcluded || event instanceof PartnershipCorrected) {
            return PartnershipStatus.AGREED;
        }
        if (event instanceof PartnershipPlacedUnderCorrection) {
            return PartnershipStatus.UNDER_CORRECTION;
        }
        if (event instanceof PartnershipDiscontinued || event instanceof ProposalWithdrawn) {
            return PartnershipStatus.DISCONTINUED;
        }
        if (event instanceof PartnershipConcluded) {
            return PartnershipStatus.CONCLUDED;
        }
        return status;
    }

    /** A partner not yet cleared at the deepest tier, which any engagement accepts; else any partner. */
    List<PartnerId> unclearedFirst() {
        List<PartnerId> order = new ArrayList<>(partners.keySet().stream().filter(id -> !cleared.contains(id)).toList());
        order.addAll(partners.keySet().stream().filter(cleared::contains).toList());
        return order;
    }

    List<CorrectiveActionId> openActions() {
        return planActions.stream().filter(id -> !completed.contains(id)).toList();
    }

    List<PartnerId> partnerIds() {
        return List.copyOf(partners.keySet());
    }

    List<ReviewId> reviews() {
        return List.copyOf(reviewSummaries.keySet());
    }

    /** The value recorded for a fact, as a correction must name it (P11); {@code null} when none is known. */
    String recorded(RecordedFact fact, String target) {
        return switch (fact) {
            case TITLE -> title;
            case PURPOSE -> purpose;
            case PARTNER_NAME -> target == null || !partners.containsKey(new PartnerId(target)) ? null
                    : partners.get(new PartnerId(target)).name();
            case PARTNER_REGISTRATION_REFERENCE -> target == null || !partners.containsKey(new PartnerId(target))
                    ? null : partners.get(new PartnerId(target)).registrationReference();
            case REVIEW_SUMMARY -> target == null ? null : reviewSummaries.get(new ReviewId(target));
            default -> null;
        };
    }
}
