package org.partnershipledger.projections.vetting;

import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.AssessmentResult;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.ReopeningReason;
import org.partnershipledger.domain.vetting.RiskBand;
import org.partnershipledger.domain.vetting.RiskScore;
import org.partnershipledger.domain.vetting.ScreeningMatch;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingId;
import org.partnershipledger.domain.vetting.events.ClearanceReused;
import org.partnershipledger.domain.vetting.events.CriterionAssessed;
import org.partnershipledger.domain.vetting.events.RiskRated;
import org.partnershipledger.domain.vetting.events.SanctionsScreeningRecorded;
import org.partnershipledger.domain.vetting.events.ScreeningMatchDismissed;
import org.partnershipledger.domain.vetting.events.VettingDecided;
import org.partnershipledger.domain.vetting.events.VettingOpened;
import org.partnershipledger.domain.vetting.events.VettingReopened;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Events of one vetting as the aggregate would apply them, with plausible defaults, so that a test states only what
 * it is about.
 */
final class VettingEvents {

    static final String LIST = "UN Security Council Consolidated List";
    static final String EDITION = "2026-03-01";

    private final VettingId vettingId;
    private final PartnerId partnerId;
    private final String partnerName;
    private final PartnerType partnerType;
    private final PartnershipId partnershipId;
    private final VettingTier tier;
    private final List<PartnershipId> reliedOnBy = new ArrayList<>();

    VettingEvents(String vettingId, String partnerId, String partnerName, PartnerType partnerType,
                  String partnershipId, VettingTier tier) {
        this.vettingId = new VettingId(vettingId);
        this.partnerId = new PartnerId(partnerId);
        this.partnerName = partnerName;
        this.partnerType = partnerType;
        this.partnershipId = new PartnershipId(partnershipId);
        this.tier = tier;
        reliedOnBy.add(this.partnershipId);
    }

    /** Tostan, a CSO of Senegal, vetted for partnership p-1. */
    static VettingEvents tostan(String vettingId, VettingTier tier) {
        return new VettingEvents(vettingId, "tostan", "Tostan", PartnerType.CSO, "p-1", tier);
    }

    VettingOpened opened() {
        return new VettingOpened(vettingId, partnerId, partnerName, partnerType, "SN", partnershipId, tier,
                Criterion.requiredFor(tier), new UserId("officer"), new UserId("vetter"));
    }

    CriterionAssessed assessed(Criterion criterion, AssessmentResult result) {
        return new CriterionAssessed(vettingId, criterion, result,
                result == AssessmentResult.MITIGATED ? "quarterly reports" : null, "evidence of " + criterion,
                new UserId("vetter"), null);
    }

    /** Every required criterion MET, in catalogue order. */
    Object[] allAssessed() {
        return Criterion.requiredFor(tier).stream().map(c -> assessed(c, AssessmentResult.MET)).toArray();
    }

    SanctionsScreeningRecorded screened(ScreeningMatch... matches) {
        return new SanctionsScreeningRecorded(vettingId, partnerId, LIST, EDITION,
                Instant.parse("2026-03-02T09:00:00Z"), 0.85, partnerName, List.of(matches));
    }

    static ScreeningMatch match(String reference) {
        return new ScreeningMatch(reference, "ENTITY", "Listed " + reference, "Tostan Holdings", 0.91,
                List.of("alias of " + reference));
    }

    ScreeningMatchDismissed dismissed(String reference) {
        return new ScreeningMatchDismissed(vettingId, LIST, EDITION, reference, "Listed " + reference,
                "Tostan Holdings", 0.91, "different country and registration", new UserId("vetter"));
    }

    RiskRated rated(int likelihood, int impact) {
        RiskScore highest = new RiskScore(likelihood, impact);
        RiskScore low = new RiskScore(1, 1);
        int score = highest.score();
        RiskBand band = score <= 4 ? RiskBand.LOW : score <= 9 ? RiskBand.MEDIUM : score <= 16 ? RiskBand.HIGH
                : RiskBand.CRITICAL;
        return new RiskRated(vettingId, highest, low, low, score, band, new UserId("vetter"));
    }

    VettingDecided decided(VettingDecision decision, LocalDate decidedOn) {
        boolean clears = decision.clears();
        return new VettingDecided(vettingId, partnerId, partnershipId, tier, decision, List.of("all criteria met"),
                decision == VettingDecision.CLEARED_WITH_CONDITIONS ? List.of("quarterly financial reports")
                        : List.of(),
                RiskBand.LOW, decidedOn, clears ? decidedOn.plusMonths(24).minusDays(1) : null,
                new UserId("committee"), List.copyOf(reliedOnBy));
    }

    VettingDecided cleared(LocalDate decidedOn) {
        return decided(VettingDecision.CLEARED, decidedOn);
    }

    ClearanceReused reused(String otherPartnershipId, VettingTier neededTier, LocalDate reusedOn,
                           VettingDecided decision) {
        reliedOnBy.add(new PartnershipId(otherPartnershipId));
        return new ClearanceReused(vettingId, partnerId, new PartnershipId(otherPartnershipId), tier, neededTier,
                decision.decision(), decision.conditions(), decision.validUntil(), reusedOn);
    }

    VettingReopened reopened(ReopeningReason reason, VettingDecision previous) {
        boolean listing = reason == ReopeningReason.SANCTIONS_LISTING;
        List<Criterion> redo = listing ? List.of(Criterion.SANCTIONS)
                : reason == ReopeningReason.ADVERSE_MEDIA && tier == VettingTier.ENHANCED
                ? List.of(Criterion.REPUTATION) : List.of();
        return new VettingReopened(vettingId, partnerId, reason, "news of " + reason, new UserId("vetter"), previous,
                listing, redo, List.copyOf(reliedOnBy));
    }

    /** Opened, every criterion met, screened clean, rated low and cleared on the day. */
    Object[] clearedOn(LocalDate decidedOn) {
        return Stream.of(Stream.of(opened()), Stream.of(allAssessed()), Stream.of(screened(), rated(1, 2),
                cleared(decidedOn))).flatMap(s -> s).toArray();
    }
}
