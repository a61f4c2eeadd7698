package org.partnershipledger.domain.vetting;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.commands.AssessCriterion;
import org.partnershipledger.domain.vetting.commands.DecideVetting;
import org.partnershipledger.domain.vetting.commands.DismissScreeningMatch;
import org.partnershipledger.domain.vetting.commands.OpenVetting;
import org.partnershipledger.domain.vetting.commands.RateRisk;
import org.partnershipledger.domain.vetting.commands.RecordClearanceReuse;
import org.partnershipledger.domain.vetting.commands.RecordSanctionsScreening;
import org.partnershipledger.domain.vetting.commands.ReopenVetting;
import org.partnershipledger.domain.vetting.events.ClearanceReused;
import org.partnershipledger.domain.vetting.events.CriterionAssessed;
import org.partnershipledger.domain.vetting.events.RiskRated;
import org.partnershipledger.domain.vetting.events.SanctionsScreeningRecorded;
import org.partnershipledger.domain.vetting.events.ScreeningMatchDismissed;
import org.partnershipledger.domain.vetting.events.VettingDecided;
import org.partnershipledger.domain.vetting.events.VettingOpened;
import org.partnershipledger.domain.vetting.events.VettingReopened;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.partnershipledger.domain.vetting.Text.hasText;

/**
 * The due diligence on one partner for one engagement, event-sourced from its opening on.
 *
 * <h2>Lifecycle</h2>
 * <pre>
 * OPEN ──DecideVetting──▶ CLEARED | CLEARED_WITH_CONDITIONS | REJECTED ──ReopenVetting──▶ REOPENED
 *                                  ▲                                                         │
 *                                  └──────────────────────DecideVetting──────────────────────┘
 * </pre>
 * <ul>
 *   <li>OPEN (and REOPENED): criteria of the tier are assessed (V2), sanctions screenings recorded and their false
 *       positives dismissed (V3), the risk rated (V4), in any order and as often as needed; the latest of each
 *       stands.</li>
 *   <li>Decision (V5): once every criterion of the tier is assessed, the risk rated and a screening is on record,
 *       by an approver with authority for the tier (V5) who neither proposed the partnership nor prepared the
 *       vetting (V6). A clearance is barred by an exclusionary criterion not met or an undismissed screening match
 *       (V3), by CRITICAL risk, and, without conditions, by HIGH risk (V4) or a mitigated criterion (V2).</li>
 *   <li>A decided vetting changes only by reopening (V8). A standing clearance may be reused by other
 *       partnerships while valid and at or above the tier they need (V7).</li>
 *   <li>Reopening (V8), of a clearance or of a rejection: the decision no longer stands, and before the vetting
 *       is decided again the risk must be rated afresh, plus what {@link ReopeningRequirements} sets aside for the
 *       reason (a new screening and SANCTIONS assessment for a sanctions listing; REPUTATION for adverse media).
 *       Every partnership relying on the vetting is named in the event, and again in the next decision.</li>
 * </ul>
 *
 * <h2>Screening and SANCTIONS (V3)</h2>
 * An officer assesses SANCTIONS like any criterion, but a favourable result (MET or MITIGATED) needs the latest
 * screening on record with every match in it dismissed as a false positive. A match left undismissed makes
 * SANCTIONS not met whatever was assessed earlier, so a screening recorded after the assessment blocks a clearance
 * until its matches are dismissed or the partner is rejected. No decision, not even a rejection, is taken without a
 * screening on record: the decision would leave no trace of what the lists said.
 *
 * <p>Command handlers check the rules of {@link Rule} and refuse a command with a {@link RuleViolation} naming the
 * rule; event-sourcing handlers only assign state, so that every event ever stored replays whatever the rules are
 * today. The tier a vetting needs is computed by the caller with the partnership's {@code TierPolicy} (V1).
 */
public class Vetting {

    @AggregateIdentifier
    private VettingId id;
    private PartnerId partnerId;
    private PartnershipId partnershipId;
    private VettingTier tier;
    private List<Criterion> requiredCriteria;
    private VettingStatus status;
    private final Assessments assessments = new Assessments();
    /** The latest screening, or {@code null} before the first one or when a reopening set it aside. */
    private Screening screening;
    private boolean screeningSetAside;
    /** The band of the standing risk rating, or {@code null} when none stands. */
    private RiskBand riskBand;
    private FourEyes fourEyes;
    private VettingDecision decision;
    private LocalDate decidedOn;
    private LocalDate validUntil;
    private List<String> conditions = List.of();
    /** The partnership the vetting was opened for, then every partnership that reused the clearance (V7, V8). */
    private final Set<PartnershipId> reliedOnBy = new LinkedHashSet<>();

    /** For Axon, which rebuilds the aggregate from its events. */
    protected Vetting() {
    }

    // ---- V1: opening ------------------------------------------------------------------------------------------

    @CommandHandler
    public Vetting(OpenVetting command) {
        apply(new VettingOpened(command.vettingId(), command.partnerId(), command.partnerName(), command.partnerType(),
                command.partnerCountry(), command.partnershipId(), command.tier(),
                Criterion.requiredFor(command.tier()), command.partnershipProposer(), command.openedBy()));
    }

    // ---- V2: criteria -----------------------------------------------------------------------------------------

    @CommandHandler
    void handle(AssessCriterion command) {
        requireUndecided("assess a criterion");
        Criterion criterion = command.criterion();
        if (!requiredCriteria.contains(criterion)) {
            throw new RuleViolation(Rule.V2, "criterion " + criterion + " is not assessed in a vetting at tier "
                    + tier + ", which assesses " + requiredCriteria.stream().map(Enum::name).toList());
        }
        AssessmentRules.requireEvidenceAndCondition(command);
        AssessmentResult result = command.result();
        boolean mitigated = result == AssessmentResult.MITIGATED;
        if (criterion == Criterion.SANCTIONS && result.isFavourable()) {
            requireScreeningWithoutMatches(result);
        }
        CriterionAssessment previous = assessments.of(criterion);
        apply(new CriterionAssessed(id, criterion, result, mitigated ? command.condition() : null,
                command.evidence(), command.assessedBy(), previous == null ? null : previous.result()));
    }

    /** V3: SANCTIONS is favourable only on a screening whose every match is a dismissed false positive. */
    private void requireScreeningWithoutMatches(AssessmentResult result) {
        if (screening == null) {
            throw new RuleViolation(Rule.V3, "SANCTIONS is assessed " + result + " only on a sanctions screening, "
                    + "and there is none on record" + sinceReopening());
        }
        List<String> undismissed = screening.undismissed().stream().map(Screening::describe).toList();
        if (!undismissed.isEmpty()) {
            throw new RuleViolation(Rule.V3, "SANCTIONS is not " + result + " while the screening on "
                    + screening.edition() + " has undismissed matches: " + String.join(", ", undismissed)
                    + "; dismiss each false positive with a justification, or assess NOT_MET", undismissed);
        }
    }

    // ---- V3: sanctions screening ------------------------------------------------------------------------------

    @CommandHandler
    void handle(RecordSanctionsScreening command) {
        requireUndecided("record a screening");
        ScreeningResult result = command.result();
        apply(new SanctionsScreeningRecorded(id, partnerId, result.listName(), result.listVersion(),
                result.screenedAt(), result.threshold(), result.screenedName(),
                result.matches() == null ? List.of() : List.copyOf(result.matches())));
    }

    @CommandHandler
    void handle(DismissScreeningMatch command) {
        requireUndecided("dismiss a screening match");
        if (screening == null) {
            throw new RuleViolation(Rule.V3, "there is no sanctions screening on record whose match could be "
                    + "dismissed");
        }
        String reference = command.entryReference();
        ScreeningMatch match = screening.match(reference).orElseThrow(() -> new RuleViolation(Rule.V3,
                "the screening on " + screening.edition() + " has no match " + reference + "; its matches are "
                        + screening.matches().keySet()));
        if (screening.isDismissed(reference)) {
            throw new RuleViolation(Rule.V3, "match " + Screening.describe(match) + " of the screening on "
                    + screening.edition() + " is already dismissed");
        }
        if (!hasText(command.justification())) {
            throw new RuleViolation(Rule.V3, "dismissing match " + Screening.describe(match) + " as a false "
                    + "positive needs a justification; missing: justification", List.of("justification"));
        }
        apply(new ScreeningMatchDismissed(id, screening.listName(), screening.listVersion(), reference,
                match.listedName(), match.matchedName(), match.score(), command.justification(),
                command.dismissedBy()));
    }

    // ---- V4: risk ---------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(RateRisk command, RiskPolicy riskPolicy) {
        requireUndecided("rate the risk");
        int highest = Stream.of(command.reputational(), command.fiduciary(), command.performance())
                .mapToInt(RiskScore::score).max().orElseThrow();
        apply(new RiskRated(id, command.reputational(), command.fiduciary(), command.performance(), highest,
                riskPolicy.band(highest), command.ratedBy()));
    }

    // ---- V5, V6: decision -------------------------------------------------------------------------------------

    @CommandHandler
    void handle(DecideVetting command, VettingPolicy vettingPolicy, ApprovalAuthority authority) {
        requireUndecided("decide it again");
        DecisionRules.requireAuthority(tier, command.approver(), authority);
        fourEyes.requireIndependent(command.approver().userId());
        DecisionRules.requireReasonsAndConditions(command);
        DecisionRules.requireComplete(requiredCriteria, assessments, riskBand);
        if (screening == null) {
            throw new RuleViolation(Rule.V3, "a vetting is decided only on a sanctions screening, and there is none "
                    + "on record" + sinceReopening());
        }
        VettingDecision decided = command.decision();
        if (decided.clears()) {
            DecisionRules.requireNoExclusion(decided, assessments, screening);
            DecisionRules.requireMitigationsCarried(decided, assessments);
            DecisionRules.requireRiskAllows(decided, riskBand);
            if (!vettingPolicy.clearanceEndsWithinCalendar(command.decidedOn())) {
                throw new RuleViolation(Rule.V7, "a clearance decided on " + command.decidedOn()
                        + " would stand beyond the last day the calendar holds");
            }
        }
        boolean withConditions = decided == VettingDecision.CLEARED_WITH_CONDITIONS;
        apply(new VettingDecided(id, partnerId, partnershipId, tier, decided, command.reasons(),
                withConditions ? command.conditions() : List.of(), riskBand, command.decidedOn(),
                decided.clears() ? vettingPolicy.validUntil(command.decidedOn()) : null,
                command.approver().userId(), List.copyOf(reliedOnBy)));
    }

    // ---- V7: reuse --------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(RecordClearanceReuse command) {
        if (!status.clears()) {
            throw new RuleViolation(Rule.V7, "only a standing clearance is reused, and this vetting is " + status);
        }
        LocalDate on = command.reusedOn();
        if (on.isBefore(decidedOn) || on.isAfter(validUntil)) {
            throw new RuleViolation(Rule.V7, "the clearance is valid from " + decidedOn + " to " + validUntil
                    + ", not on " + on + ": vet the partner again");
        }
        if (!tier.covers(command.neededTier())) {
            throw new RuleViolation(Rule.V7, "the clearance is at tier " + tier + " and the engagement needs "
                    + command.neededTier() + ": vet the partner at that tier");
        }
        if (reliedOnBy.contains(command.partnershipId())) {
            throw new RuleViolation(Rule.V7, "partnership " + command.partnershipId()
                    + " already relies on this clearance");
        }
        apply(new ClearanceReused(id, partnerId, command.partnershipId(), tier, command.neededTier(), decision,
                conditions, validUntil, on));
    }

    // ---- V8: reopening ----------------------------------------------------------------------------------------

    @CommandHandler
    void handle(ReopenVetting command) {
        if (!status.isDecided()) {
            throw new RuleViolation(Rule.V8, "only a decided vetting is reopened, and this one is " + status);
        }
        if (!hasText(command.information())) {
            throw new RuleViolation(Rule.V8, "a vetting is reopened on new information; missing: information",
                    List.of("information"));
        }
        ReopeningRequirements redo = ReopeningRequirements.of(command.reason(), requiredCriteria);
        apply(new VettingReopened(id, partnerId, command.reason(), command.information(), command.reopenedBy(),
                decision, redo.newScreeningRequired(), redo.criteriaToReassess(), List.copyOf(reliedOnBy)));
    }

    /** V8: a decision stands until the vetting is reopened; nothing is added to a decided vetting meanwhile. */
    private void requireUndecided(String action) {
        if (status.isDecided()) {
            throw new RuleViolation(Rule.V8, "the vetting was decided " + decision + " on " + decidedOn
                    + ": reopen it on new information to " + action);
        }
    }

    private String sinceReopening() {
        return screeningSetAside ? " since the vetting was reopened on a sanctions listing" : "";
    }

    // ---- event sourcing: state assignment only ----------------------------------------------------------------

    @EventSourcingHandler
    void on(VettingOpened event) {
        this.id = event.vettingId();
        this.partnerId = event.partnerId();
        this.partnershipId = event.partnershipId();
        this.tier = event.tier();
        this.requiredCriteria = List.copyOf(event.requiredCriteria());
        this.status = VettingStatus.OPEN;
        this.fourEyes = new FourEyes(event.partnershipProposer(), event.partnershipId());
        reliedOnBy.add(event.partnershipId());
    }

    @EventSourcingHandler
    void on(CriterionAssessed event) {
        assessments.record(new CriterionAssessment(event.criterion(), event.result(), event.condition(),
                event.evidence(), event.assessedBy()));
        fourEyes.prepared(event.assessedBy(), "assessed criterion " + event.criterion());
    }

    @EventSourcingHandler
    void on(SanctionsScreeningRecorded event) {
        this.screening = Screening.of(event);
        this.screeningSetAside = false;
    }

    @EventSourcingHandler
    void on(ScreeningMatchDismissed event) {
        if (screening != null) {
            this.screening = screening.withDismissed(event.entryReference());
        }
        fourEyes.prepared(event.dismissedBy(), "dismissed screening match " + event.entryReference());
    }

    @EventSourcingHandler
    void on(RiskRated event) {
        this.riskBand = event.band();
        fourEyes.prepared(event.ratedBy(), "rated the risk");
    }

    @EventSourcingHandler
    void on(VettingDecided event) {
        this.status = VettingStatus.of(event.decision());
        this.decision = event.decision();
        this.decidedOn = event.decidedOn();
        this.validUntil = event.validUntil();
        this.conditions = event.conditions();
    }

    @EventSourcingHandler
    void on(ClearanceReused event) {
        reliedOnBy.add(event.partnershipId());
    }

    @EventSourcingHandler
    void on(VettingReopened event) {
        this.status = VettingStatus.REOPENED;
        this.decision = null;
        this.decidedOn = null;
        this.validUntil = null;
        this.conditions = List.of();
        this.riskBand = null;
        if (event.newScreeningRequired()) {
            this.screening = null;
            this.screeningSetAside = true;
        }
        assessments.setAside(event.criteriaToReassess());
    }
}
