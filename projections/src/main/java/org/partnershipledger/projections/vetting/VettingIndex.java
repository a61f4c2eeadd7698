package org.partnershipledger.projections.vetting;

import org.partnershipledger.application.vetting.views.CriterionView;
import org.partnershipledger.application.vetting.views.PartnerVettingView;
import org.partnershipledger.application.vetting.views.RelianceView;
import org.partnershipledger.application.vetting.views.RequiredAuthority;
import org.partnershipledger.application.vetting.views.ReusableClearance;
import org.partnershipledger.application.vetting.views.ScreeningView;
import org.partnershipledger.application.vetting.views.VettingQueueItem;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.RiskBand;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The facts of one vetting that the queue, the partner registry and clearance reuse filter, sort and decide on,
 * derived from its view by {@link #of(VettingView)}. Stores keep them beside the view and never derive anything
 * themselves.
 *
 * @param decision           the decision that stands, {@code null} while OPEN or REOPENED
 * @param conditions         the conditions of the standing decision
 * @param decidedOn          the day of the standing decision, {@code null} without one
 * @param validUntil         the last day of a standing clearance, {@code null} otherwise
 * @param criteriaAssessed   the required criteria whose assessment stands
 * @param riskBand           the band of the standing risk rating, {@code null} while none stands
 * @param screened           whether a sanctions screening stands
 * @param undismissedMatches the matches of the standing screening not dismissed
 * @param reliedOnBy         the partnership the vetting was opened for, then each that reused it
 */
public record VettingIndex(String vettingId,
                           String partnerId,
                           String partnerName,
                           PartnerType partnerType,
                           String partnerCountry,
                           String partnershipId,
                           VettingTier tier,
                           RequiredAuthority requiredAuthority,
                           VettingStatus status,
                           VettingDecision decision,
                           List<String> conditions,
                           LocalDate decidedOn,
                           LocalDate validUntil,
                           Instant openedAt,
                           int criteriaAssessed,
                           int criteriaRequired,
                           RiskBand riskBand,
                           boolean screened,
                           int undismissedMatches,
                           List<String> reliedOnBy) {

    public VettingIndex {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        reliedOnBy = reliedOnBy == null ? List.of() : List.copyOf(reliedOnBy);
    }

    public static VettingIndex of(VettingView view) {
        ScreeningView screening = view.screenings().stream().filter(ScreeningView::standing).reduce((a, b) -> b)
                .orElse(null);
        boolean decided = view.decision() != null && view.status().isDecided();
        return new VettingIndex(view.vettingId(), view.partner().partnerId(), view.partner().name(),
                view.partner().type(), view.partner().country(), view.partnershipId(), view.tier(), view.requiredAuthority(), view.status(),
                decided ? view.decision().decision() : null,
                decided ? view.decision().conditions() : List.of(),
                decided ? view.decision().decidedOn() : null,
                decided ? view.decision().validUntil() : null,
                view.openedAt(),
                (int) view.criteria().stream().filter(CriterionView::standsAssessed).count(),
                view.criteria().size(),
                view.risk() != null && view.risk().standing() ? view.risk().band() : null,
                screening != null,
                screening == null ? 0 : Math.toIntExact(screening.undismissedMatches()),
                view.reliedOnBy().stream().map(RelianceView::partnershipId).toList());
    }

    /** OPEN or REOPENED: waiting for a decision, and so in the queue. */
    public boolean awaitsDecision() {
        return status == VettingStatus.OPEN || status == VettingStatus.REOPENED;
    }

    /**
     * Whether a partnership may rely on this vetting on {@code day} (V7): a clearance that stands (never a
     * rejection, nor a reopened vetting), decided on or before the day and valid until at least the day.
     */
    public boolean clearsOn(LocalDate day) {
        return status.clears() && decision != null && decision.clears() && decidedOn != null && validUntil != null
                && !day.isBefore(decidedOn) && !day.isAfter(validUntil);
    }

    /** The line of the queue, aged in whole days from the day it opened (in the clock's zone) to {@code today}. */
    public VettingQueueItem queueItem(LocalDate today, ZoneId zone) {
        long ageDays = Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(openedAt, zone), today));
        return new VettingQueueItem(vettingId, partnerId, partnerName, partnerType, partnershipId, tier,
                requiredAuthority, status, openedAt, ageDays, criteriaAssessed, criteriaRequired, riskBand, screened,
                undismissedMatches);
    }

    public PartnerVettingView registryEntry() {
        return new PartnerVettingView(vettingId, partnershipId, tier, status, decision, validUntil);
    }

    public ReusableClearance clearance() {
        return new ReusableClearance(vettingId, partnerId, tier, decision, validUntil, conditions);
    }
}
