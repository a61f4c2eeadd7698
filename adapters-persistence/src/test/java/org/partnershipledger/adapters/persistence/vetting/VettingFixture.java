package org.partnershipledger.adapters.persistence.vetting;

import org.partnershipledger.application.vetting.views.AssessmentView;
import org.partnershipledger.application.vetting.views.CriterionView;
import org.partnershipledger.application.vetting.views.DecisionView;
import org.partnershipledger.application.vetting.views.RelianceView;
import org.partnershipledger.application.vetting.views.ReopeningView;
import org.partnershipledger.application.vetting.views.RequiredAuthority;
import org.partnershipledger.application.vetting.views.RiskScoreView;
import org.partnershipledger.application.vetting.views.RiskView;
import org.partnershipledger.application.vetting.views.ScreeningMatchView;
import org.partnershipledger.application.vetting.views.ScreeningView;
import org.partnershipledger.application.vetting.views.VettingPartnerView;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.AssessmentResult;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.ReopeningReason;
import org.partnershipledger.domain.vetting.RiskBand;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingStatus;
import org.partnershipledger.projections.vetting.RegistryPartnership;
import org.partnershipledger.projections.vetting.VettingIndex;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds vetting views and registry partnerships for store tests, each in a state the projections could have left it
 * in, with defaults for everything a test does not name. The index is derived as the projection derives it.
 */
final class VettingFixture {

    static final Instant DAY_ONE = Instant.parse("2026-01-10T09:00:00Z");

    private final String id;
    private String partnerId = "tostan";
    private String partnerName = "Tostan";
    private PartnerType partnerType = PartnerType.CSO;
    private String partnershipId = "p-1";
    private VettingTier tier = VettingTier.LIGHT;
    private VettingStatus status = VettingStatus.OPEN;
    private Instant openedAt = DAY_ONE;
    private DecisionView decision;
    private final List<DecisionView> earlier = new ArrayList<>();
    private final List<RelianceView> reliances = new ArrayList<>();

    private VettingFixture(String id) {
        this.id = id;
    }

    static VettingFixture vetting(String id) {
        return new VettingFixture(id);
    }

    VettingFixture partner(String id, String name, PartnerType type) {
        this.partnerId = id;
        this.partnerName = name;
        this.partnerType = type;
        return this;
    }

    VettingFixture forPartnership(String id) {
        this.partnershipId = id;
        return this;
    }

    VettingFixture tier(VettingTier tier) {
        this.tier = tier;
        return this;
    }

    VettingFixture openedDaysAfterDayOne(int days) {
        this.openedAt = DAY_ONE.plus(Duration.ofDays(days));
        return this;
    }

    VettingFixture decided(VettingDecision decided, LocalDate decidedOn) {
        this.status = VettingStatus.of(decided);
        this.decision = decision(decided, decidedOn);
        return this;
    }

    VettingFixture reopened() {
        if (decision != null) {
            earlier.add(decision);
        }
        this.decision = null;
        this.status = VettingStatus.REOPENED;
        return this;
    }

    VettingFixture reusedBy(String otherPartnershipId) {
        reliances.add(new RelianceView(otherPartnershipId, true, VettingTier.LIGHT, LocalDate.of(2026, 6, 1)));
        return this;
    }

    VettingView view() {
        List<RelianceView> relied = new ArrayList<>();
        relied.add(new RelianceView(partnershipId, false, tier, null));
        relied.addAll(reliances);
        return new VettingView(id, 3, new VettingPartnerView(partnerId, partnerName, partnerType, "SN"),
                partnershipId, tier, RequiredAuthority.forTier(tier), status,
                Criterion.requiredFor(tier).stream().map(c -> new CriterionView(c, c.isExclusionary(), null, false))
                        .toList(),
                List.of(), null, decision, earlier, List.of(), relied, "vetter", openedAt,
                openedAt.plus(Duration.ofHours(3)));
    }

    VettingIndex index() {
        return VettingIndex.of(view());
    }

    private static DecisionView decision(VettingDecision decided, LocalDate decidedOn) {
        return new DecisionView(decided, List.of("reasons"),
                decided == VettingDecision.CLEARED_WITH_CONDITIONS ? List.of("quarterly reports") : List.of(),
                RiskBand.LOW, decidedOn, decided.clears() ? decidedOn.plusMonths(24).minusDays(1) : null,
                "committee");
    }

    /** A view with every part filled in, so that a round trip shows nothing is lost. */
    static VettingView rich(String id) {
        Instant at = DAY_ONE;
        AssessmentView met = new AssessmentView(AssessmentResult.MET, null, "registry extract", "vetter",
                at.plusSeconds(60), null);
        AssessmentView mitigated = new AssessmentView(AssessmentResult.MITIGATED, "quarterly reports",
                "audited accounts", "vetter", at.plusSeconds(120), AssessmentResult.NOT_MET);
        ScreeningView superseded = new ScreeningView("UN Security Council Consolidated List", "2026-01-01",
                at.plusSeconds(30), 0.85, "MTN Group", List.of(), false);
        ScreeningView standing = new ScreeningView("UN Security Council Consolidated List", "2026-02-01",
                at.plusSeconds(300), 0.85, "MTN Group", List.of(
                new ScreeningMatchView("QDe.001", "ENTITY", "M.T.N. Holdings", "MTN Holdings", 0.91,
                        List.of("MTN H.", "Em Tee En"), true, "different registration", "vetter",
                        at.plusSeconds(400)),
                new ScreeningMatchView("QDi.002", "INDIVIDUAL", "Someone", "Someone Else", 0.86, List.of(), false,
                        null, null, null)), true);
        RiskView risk = new RiskView(new RiskScoreView(3, 4, 12), new RiskScoreView(2, 2, 4),
                new RiskScoreView(1, 5, 5), 12, RiskBand.HIGH, "vetter", at.plusSeconds(500), true);
        DecisionView earlier = new DecisionView(VettingDecision.CLEARED, List.of("all met"), List.of(), RiskBand.LOW,
                LocalDate.of(2026, 1, 20), LocalDate.of(2028, 1, 19), "committee");
        DecisionView decision = new DecisionView(VettingDecision.CLEARED_WITH_CONDITIONS,
                List.of("high reputational risk mitigated"), List.of("quarterly reports", "site visits"),
                RiskBand.HIGH, LocalDate.of(2026, 3, 1), LocalDate.of(2028, 2, 29), "committee");
        ReopeningView reopening = new ReopeningView(ReopeningReason.ADVERSE_MEDIA, "press reports", "vetter",
                at.plusSeconds(250), VettingDecision.CLEARED, false, List.of(Criterion.REPUTATION));
        List<CriterionView> criteria = new ArrayList<>();
        for (Criterion c : Criterion.requiredFor(VettingTier.ENHANCED)) {
            criteria.add(new CriterionView(c, c.isExclusionary(),
                    c == Criterion.REPUTATION ? mitigated : c == Criterion.CAPACITY ? null : met,
                    c == Criterion.CONFLICT_OF_INTEREST));
        }
        return new VettingView(id, 17, new VettingPartnerView("mtn", "MTN Group", PartnerType.CORPORATE, "ZA"),
                "p-1", VettingTier.ENHANCED, RequiredAuthority.HQ_DUE_DILIGENCE_COMMITTEE,
                VettingStatus.CLEARED_WITH_CONDITIONS, criteria, List.of(superseded, standing), risk, decision,
                List.of(earlier), List.of(reopening),
                List.of(new RelianceView("p-1", false, VettingTier.ENHANCED, null),
                        new RelianceView("p-2", true, VettingTier.STANDARD, LocalDate.of(2026, 3, 5))),
                "vetter", at, at.plusSeconds(600));
    }

    // ---- registry partnerships --------------------------------------------------------------------------------

    static RegistryPartnership partnership(String id, String title, PartnershipStatus status,
                                           RegistryPartnership.Participant... participants) {
        return new RegistryPartnership(id, 4, title, status, "CO-SEN", List.of(participants));
    }

    /** A current participant, identified and joined the given number of days after day one. */
    static RegistryPartnership.Participant participant(String partnerId, String name, PartnerType type, int day) {
        Instant at = DAY_ONE.plus(Duration.ofDays(day));
        return new RegistryPartnership.Participant(partnerId, name, type, "SN", "REG-" + partnerId,
                EngagementLevel.ACTIVE, at, null, at);
    }

    static RegistryPartnership.Participant left(RegistryPartnership.Participant p, int day) {
        return new RegistryPartnership.Participant(p.partnerId(), p.name(), p.type(), p.country(),
                p.registrationReference(), p.engagement(), p.joinedAt(), DAY_ONE.plus(Duration.ofDays(day)),
                p.identifiedAt());
    }
}
