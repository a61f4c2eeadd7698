package org.partnershipledger.domain.partnership;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.partnershipledger.domain.partnership.commands.AddPartner;
import org.partnershipledger.domain.partnership.commands.AgreeCorrectiveActionPlan;
import org.partnershipledger.domain.partnership.commands.AmendAgreement;
import org.partnershipledger.domain.partnership.commands.CompleteCorrectiveAction;
import org.partnershipledger.domain.partnership.commands.ConcludeAgreement;
import org.partnershipledger.domain.partnership.commands.ConcludePartnership;
import org.partnershipledger.domain.partnership.commands.CorrectRecordedFact;
import org.partnershipledger.domain.partnership.commands.DiscontinuePartnership;
import org.partnershipledger.domain.partnership.commands.ProposePartnership;
import org.partnershipledger.domain.partnership.commands.RecordReview;
import org.partnershipledger.domain.partnership.commands.RecordVettingOutcome;
import org.partnershipledger.domain.partnership.commands.RemovePartner;
import org.partnershipledger.domain.partnership.commands.WithdrawProposal;
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
import org.partnershipledger.domain.shared.OfficeScoped;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.VettingTier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.partnershipledger.domain.partnership.Lists.hasText;
import static org.partnershipledger.domain.partnership.Lists.hasTextEntry;

/**
 * A partnership between the agency and one or more partners, event-sourced from its proposal on.
 *
 * <h2>Lifecycle</h2>
 * <pre>
 * PROPOSED ⇄ VETTED ──ConcludeAgreement──▶ AGREED ⇄ UNDER_CORRECTION
 *    │          │                             │            │
 *    └─WithdrawProposal─▶ DISCONTINUED ◀──DiscontinuePartnership
 *                                             └─ConcludePartnership─▶ CONCLUDED  (RENEW: back to VETTED)
 * </pre>
 * <ul>
 *   <li>PROPOSED → VETTED when every current partner's latest vetting outcome clears it at or above the tier the
 *       engagement needs (V1); VETTED → PROPOSED when a partner joins, or a vetting is rejected or reopened (P2, P3).
 *       Partners join and leave only in these two states (P2).</li>
 *   <li>VETTED → AGREED by ConcludeAgreement, once every clearance is valid on the signing date (P3) and the terms
 *       are complete (P4, P5). The agreement may then be amended (P10).</li>
 *   <li>AGREED → UNDER_CORRECTION when a review finds little or no progress (P6, P7); back to AGREED when every
 *       action of the corrective plan is done and a review after the plan shows progress, whichever comes last.</li>
 *   <li>AGREED or UNDER_CORRECTION → DISCONTINUED (P8) or CONCLUDED (P9); PROPOSED or VETTED → DISCONTINUED by
 *       withdrawal. DISCONTINUED and CONCLUDED are terminal: only record corrections (P11) are accepted (P10).</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>Renewal (P9, {@link NextStep#RENEW}): the cycle is concluded with its final evaluation, then a new cycle
 *       starts at VETTED with no agreement; a new ConcludeAgreement is needed, and it checks every clearance again
 *       on its own signing date. If some partner no longer holds a sufficient clearance, the renewal goes on to
 *       PROPOSED at once.</li>
 *   <li>Corrective plan deadline (P7): the plan must be agreed within the policy's days after the review that
 *       found little or no progress. The deadline is checked against today's date from the {@link Clock} as well
 *       as against the plan's stated agreed-on date, so a plan cannot be backdated into the window. A second poor
 *       review while under correction keeps the first deadline; a missed deadline leaves discontinuation for
 *       NO_PROGRESS as the way out.</li>
 *   <li>Currencies: vetting tiers compare amounts at face value (see {@link TierPolicy}); small-scale funding (P5)
 *       applies only to a transfer in the ceiling's currency, since the domain holds no exchange rates.</li>
 *   <li>The tier a partner needs counts the agency's transfer and, once an agreement states it, the partner's own
 *       financial contribution.</li>
 * </ul>
 *
 * <p>Command handlers check the rules of {@link Rule} and refuse a command with a {@link RuleViolation} naming the
 * rule; event-sourcing handlers only assign state, so that every event ever stored replays whatever the rules are
 * today.
 */
public class Partnership implements OfficeScoped {

    @AggregateIdentifier
    private PartnershipId id;
    private OfficeCode leadOffice;
    private PartnershipStatus status;
    private String title;
    private String purpose;
    private PartnershipForm form;
    private Money agencyTransfer;
    private final Map<PartnerId, PartnerProfile> partners = new LinkedHashMap<>();
    /** The latest vetting outcome per partner; a newer one supersedes the older (V8). */
    private final Map<PartnerId, PartnerClearance> vettings = new HashMap<>();
    private int cycle;
    private AgreementTerms terms;
    private LocalDate signedOn;
    private final Set<AmendmentId> amendments = new HashSet<>();
    private final Map<ReviewId, RecordedReview> reviews = new LinkedHashMap<>();
    private CorrectionState correction;
    private OpenPlan openPlan;
    private final Set<CorrectiveActionId> completedActions = new HashSet<>();
    /** The latest review recorded since the open plan was agreed, which may close the plan. */
    private RecordedReview reviewSincePlan;

    private record RecordedReview(ReviewId reviewId, LocalDate reviewDate, ReviewProgress progress, String summary) {
    }

    private record CorrectionState(ReviewId openedBy, LocalDate openedOn, LocalDate planDeadline) {
    }

    private record OpenPlan(CorrectivePlanId planId, LocalDate agreedOn, List<CorrectiveAction> actions) {
    }

    /** For Axon, which rebuilds the aggregate from its events. */
    protected Partnership() {
    }

    // ---- P1, P2: proposal and partners ------------------------------------------------------------------------

    @CommandHandler
    public Partnership(ProposePartnership command, PartnershipPolicy policy) {
        requireTransferOnlyInFormalPartnership(command);
        requirePartnerComposition(command, policy);
        apply(new PartnershipProposed(command.partnershipId(), command.title(), command.purpose(), command.form(),
                command.agencyRole(), command.scope(), command.transfer(), command.partners(),
                command.leadOffice(), command.proposedBy()));
    }

    private static void requireTransferOnlyInFormalPartnership(ProposePartnership command) {
        boolean transfersResources = command.transfer() != null && !command.transfer().hasNoAmount();
        if (transfersResources && command.form() == PartnershipForm.COLLABORATIVE_RELATIONSHIP) {
            throw new RuleViolation(Rule.P1, "a collaborative relationship transfers no funds or resources: "
                    + "record it as a FORMAL_PARTNERSHIP or remove the transfer of "
                    + command.transfer().amount().toPlainString() + " " + command.transfer().currency());
        }
    }

    private static void requirePartnerComposition(ProposePartnership command, PartnershipPolicy policy) {
        if (command.partners().isEmpty()) {
            throw new RuleViolation(Rule.P2, "a partnership needs at least one partner");
        }
        long active = command.partners().stream().filter(p -> p.engagement() == EngagementLevel.ACTIVE).count();
        if (active > policy.maxActivePartners()) {
            throw new RuleViolation(Rule.P2, "at most " + policy.maxActivePartners()
                    + " partners may be ACTIVE (decision-making), this proposal has " + active
                    + "; engage the others as PILOT or ADVISORY");
        }
    }

    @CommandHandler
    void handle(AddPartner command, PartnershipPolicy policy) {
        requireNotTerminal();
        requireBeforeAgreement("join");
        PartnerProfile partner = command.partner();
        PartnerProfile existing = partners.get(partner.partnerId());
        if (existing != null) {
            throw new RuleViolation(Rule.P2, existing.name() + " (" + partner.partnerId()
                    + ") is already a partner of this partnership");
        }
        long active = partners.values().stream().filter(p -> p.engagement() == EngagementLevel.ACTIVE).count();
        if (partner.engagement() == EngagementLevel.ACTIVE && active >= policy.maxActivePartners()) {
            throw new RuleViolation(Rule.P2, "at most " + policy.maxActivePartners()
                    + " partners may be ACTIVE (decision-making) and " + active + " already are: "
                    + partner.name() + " may join as PILOT or ADVISORY");
        }
        boolean wasVetted = status == PartnershipStatus.VETTED;
        apply(new PartnerJoined(id, partner));
        if (wasVetted) {
            apply(new PartnershipReturnedToProposed(id, List.of(partner.partnerId()),
                    partner.name() + " joined and is not cleared yet"));
        }
    }

    @CommandHandler
    void handle(RemovePartner command, TierPolicy tierPolicy) {
        requireNotTerminal();
        requireBeforeAgreement("leave");
        PartnerProfile partner = partners.get(command.partnerId());
        if (partner == null) {
            throw new RuleViolation(Rule.P2, "no partner " + command.partnerId() + " in this partnership");
        }
        if (partners.size() == 1) {
            throw new RuleViolation(Rule.P2, partner.name() + " is the last partner and a partnership needs at "
                    + "least one: withdraw the proposal instead");
        }
        apply(new PartnerLeft(id, partner.partnerId(), partner.name(), command.reason()));
        if (status == PartnershipStatus.PROPOSED && uncleared(tierPolicy).isEmpty()) {
            apply(new PartnershipVetted(id, clearances(tierPolicy, terms)));
        }
    }

    private void requireBeforeAgreement(String verb) {
        if (status != PartnershipStatus.PROPOSED && status != PartnershipStatus.VETTED) {
            throw new RuleViolation(Rule.P2, "partners can " + verb + " only before agreement; the partnership is "
                    + status);
        }
    }

    // ---- P3: vetting ------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(RecordVettingOutcome command, TierPolicy tierPolicy) {
        requireNotTerminal();
        PartnerProfile partner = partners.get(command.partnerId());
        if (partner == null) {
            throw new RuleViolation(Rule.P3, "no partner " + command.partnerId()
                    + " in this partnership: a vetting outcome is recorded only for a partner");
        }
        apply(new VettingOutcomeRecorded(id, partner.partnerId(), command.vettingId(), command.outcome(),
                command.tier(), requiredTier(tierPolicy, partner, terms), command.validUntil(), command.conditions(),
                command.reusedClearance()));
        List<PartnerId> uncleared = uncleared(tierPolicy);
        if (status == PartnershipStatus.PROPOSED && uncleared.isEmpty()) {
            apply(new PartnershipVetted(id, clearances(tierPolicy, terms)));
        } else if (status == PartnershipStatus.VETTED && !uncleared.isEmpty()) {
            apply(new PartnershipReturnedToProposed(id, uncleared, "vetting " + command.vettingId() + " of "
                    + partner.name() + ": " + command.outcome()));
        }
    }

    private VettingTier requiredTier(TierPolicy tierPolicy, PartnerProfile partner, AgreementTerms agreed) {
        PartnerContribution contribution = agreed == null ? null
                : agreed.contributionOf(partner.partnerId()).orElse(null);
        return Clearances.requiredTier(tierPolicy, form, partner, agencyTransfer, contribution);
    }

    private Map<PartnerId, VettingTier> requiredTiers(TierPolicy tierPolicy, AgreementTerms agreed) {
        Map<PartnerId, VettingTier> required = new HashMap<>();
        partners.values().forEach(p -> required.put(p.partnerId(), requiredTier(tierPolicy, p, agreed)));
        return required;
    }

    /** The partners whose latest outcome does not clear them at the tier needed, validity aside. */
    private List<PartnerId> uncleared(TierPolicy tierPolicy) {
        Map<PartnerId, VettingTier> required = requiredTiers(tierPolicy, terms);
        return partners.keySet().stream().filter(partnerId -> {
            PartnerClearance vetting = vettings.get(partnerId);
            return vetting == null || !vetting.outcome().clears() || !vetting.tier().covers(required.get(partnerId));
        }).toList();
    }

    private List<PartnerClearance> clearances(TierPolicy tierPolicy, AgreementTerms agreed) {
        Map<PartnerId, VettingTier> required = requiredTiers(tierPolicy, agreed);
        return partners.keySet().stream().map(vettings::get)
                .map(v -> new PartnerClearance(v.partnerId(), v.vettingId(), v.outcome(), v.tier(),
                        required.get(v.partnerId()), v.validUntil()))
                .toList();
    }

    // ---- P3, P4, P5: agreement --------------------------------------------------------------------------------

    @CommandHandler
    void handle(ConcludeAgreement command, PartnershipPolicy policy, TierPolicy tierPolicy) {
        requireNotTerminal();
        if (isAgreed()) {
            throw new RuleViolation(Rule.P10, "the agreement of cycle " + cycle + " was signed on " + signedOn
                    + ": amend it instead");
        }
        AgreementTerms proposed = command.terms();
        List<String> blockers = Clearances.blockers(partners.values(), vettings,
                requiredTiers(tierPolicy, proposed), command.signedOn());
        if (!blockers.isEmpty() || status != PartnershipStatus.VETTED) {
            throw new RuleViolation(Rule.P3, "every partner must hold a clearance valid on " + command.signedOn()
                    + " at the tier the engagement needs; blocking: "
                    + (blockers.isEmpty() ? "the partnership is " + status : String.join("; ", blockers)), blockers);
        }
        requireNoResourcesInCollaboration(proposed, agencyTransfer);
        boolean smallScale = AgreementRequirements.smallScale(agencyTransfer, policy);
        List<String> missing = AgreementRequirements.missingParts(form, proposed, partners.values(), smallScale);
        if (!missing.isEmpty()) {
            throw new RuleViolation(Rule.P4, (form == PartnershipForm.FORMAL_PARTNERSHIP
                    ? "a formal agreement must state every required part; missing: "
                    : "a collaborative relationship is agreed on its goals and each partner's role; missing: ")
                    + String.join(", ", missing), missing);
        }
        apply(new AgreementConcluded(id, cycle, form, command.signedOn(), proposed, agencyTransfer,
                smallScale && form == PartnershipForm.FORMAL_PARTNERSHIP, clearances(tierPolicy, proposed)));
    }

    private void requireNoResourcesInCollaboration(AgreementTerms proposed, Money transfer) {
        if (form != PartnershipForm.COLLABORATIVE_RELATIONSHIP) {
            return;
        }
        if (transfer != null && !transfer.hasNoAmount()) {
            throw new RuleViolation(Rule.P1, "a collaborative relationship transfers no funds or resources: "
                    + "the agency's transfer of " + transfer.amount().toPlainString() + " " + transfer.currency()
                    + " needs a FORMAL_PARTNERSHIP");
        }
        List<String> bringers = AgreementRequirements.resourceBringers(proposed, partners.values());
        if (!bringers.isEmpty()) {
            throw new RuleViolation(Rule.P1, "a collaborative relationship records no funds or resources, only "
                    + "goals and roles; remove the contribution of " + String.join(", ", bringers), bringers);
        }
    }

    // ---- P10: amendment ---------------------------------------------------------------------------------------

    @CommandHandler
    void handle(AmendAgreement command, PartnershipPolicy policy) {
        requireNotTerminal();
        if (!isAgreed()) {
            throw new RuleViolation(Rule.P10, "only an agreed partnership can be amended; the partnership is "
                    + status);
        }
        if (!hasText(command.rationale())) {
            throw new RuleViolation(Rule.P10, "an amendment needs a rationale");
        }
        if (amendments.contains(command.amendmentId())) {
            throw new RuleViolation(Rule.P10, "amendment " + command.amendmentId() + " is already recorded");
        }
        if (command.amendedOn().isBefore(signedOn)) {
            throw new RuleViolation(Rule.P10, "an amendment cannot predate the agreement signed on " + signedOn);
        }
        AgreementChanges changes = command.changes();
        Money newTransfer = changes.agencyTransfer() != null ? changes.agencyTransfer() : agencyTransfer;
        AgreementTerms amended = changes.applyTo(terms);
        requireNoResourcesInCollaboration(amended, newTransfer);
        List<String> missing = AgreementRequirements.missingParts(form, amended, partners.values(),
                AgreementRequirements.smallScale(newTransfer, policy));
        if (!missing.isEmpty()) {
            throw new RuleViolation(Rule.P4, "the amended agreement must still state every required part; missing: "
                    + String.join(", ", missing), missing);
        }
        apply(new AgreementAmended(id, command.amendmentId(), command.amendedOn(), changes, command.rationale(),
                amended, newTransfer, agencyTransfer));
    }

    // ---- P6, P7: reviews and correction -----------------------------------------------------------------------

    @CommandHandler
    void handle(RecordReview command, PartnershipPolicy policy) {
        requireNotTerminal();
        if (!isAgreed()) {
            throw new RuleViolation(Rule.P6, "reviews happen only after agreement; the partnership is " + status);
        }
        if (reviews.containsKey(command.reviewId())) {
            throw new RuleViolation(Rule.P6, "review " + command.reviewId() + " is already recorded");
        }
        if (command.reviewDate().isBefore(signedOn)) {
            throw new RuleViolation(Rule.P6, "a review cannot predate the agreement signed on " + signedOn);
        }
        List<String> missing = ReviewRequirements.missingParts(command, partners.values());
        if (!missing.isEmpty()) {
            throw new RuleViolation(Rule.P6, "a review hears every partner and covers progress, functioning and "
                    + "worth; missing: " + String.join(", ", missing), missing);
        }
        boolean opensCorrection = status == PartnershipStatus.AGREED && !command.progress().showsProgress();
        LocalDate lastDayForAPlan = LocalDate.MAX.minusDays(policy.correctivePlanDeadlineDays());
        if (opensCorrection && command.reviewDate().isAfter(lastDayForAPlan)) {
            throw new RuleViolation(Rule.P7, "a review on " + command.reviewDate() + " leaves no day in the calendar "
                    + "for the corrective plan's deadline");
        }
        apply(new ReviewRecorded(id, command.reviewId(), command.reviewDate(), command.progress(),
                command.functioning(), command.worthItsCosts(), command.worthItsCostsNote(), command.participants(),
                command.commitments(), command.recommendation(), command.summary()));
        if (opensCorrection) {
            apply(new PartnershipPlacedUnderCorrection(id, command.reviewId(), command.reviewDate(),
                    command.reviewDate().plusDays(policy.correctivePlanDeadlineDays())));
        } else if (planCorrected()) {
            apply(new PartnershipCorrected(id, openPlan.planId(), command.reviewId(), command.reviewDate()));
        }
    }

    @CommandHandler
    void handle(AgreeCorrectiveActionPlan command, PartnershipPolicy policy, Clock clock) {
        requireNotTerminal();
        if (status != PartnershipStatus.UNDER_CORRECTION) {
            throw new RuleViolation(Rule.P7, "a corrective action plan is agreed only under correction; "
                    + "the partnership is " + status);
        }
        if (openPlan != null) {
            throw new RuleViolation(Rule.P7, "corrective action plan " + openPlan.planId()
                    + " is still open: one plan at a time");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = correction.planDeadline();
        if (today.isAfter(deadline) || command.agreedOn().isAfter(deadline)) {
            throw new RuleViolation(Rule.P7, "the corrective action plan had to be agreed by " + deadline
                    + ", within " + policy.correctivePlanDeadlineDays() + " days of review " + correction.openedBy()
                    + "; it is " + today);
        }
        if (command.agreedOn().isAfter(today) || command.agreedOn().isBefore(correction.openedOn())) {
            throw new RuleViolation(Rule.P7, "the plan's agreed-on date " + command.agreedOn() + " must lie between "
                    + "the review of " + correction.openedOn() + " and today, " + today);
        }
        List<String> problems = new ArrayList<>();
        for (CorrectiveAction action : command.actions()) {
            PartnerId responsible = action.responsible().partnerId();
            if (responsible != null && !partners.containsKey(responsible)) {
                problems.add("action " + action.actionId() + ": responsible " + responsible + " is not a partner");
            }
            if (action.dueDate().isBefore(command.agreedOn())) {
                problems.add("action " + action.actionId() + ": due " + action.dueDate() + ", before the plan");
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(Rule.P7, "each action needs a partner or the agency responsible and a due date "
                    + "on or after the plan; " + String.join("; ", problems), problems);
        }
        if (command.budgetModification() != null) {
            requireBudgetFitsAgreement(command.budgetModification(), policy);
        }
        apply(new CorrectiveActionPlanAgreed(id, command.planId(), command.actions(), command.budgetModification(),
                command.budgetNote(), agencyTransfer, command.agreedOn(), deadline));
    }

    private void requireBudgetFitsAgreement(Money newTransfer, PartnershipPolicy policy) {
        requireNoResourcesInCollaboration(terms, newTransfer);
        List<String> missing = AgreementRequirements.missingParts(form, terms, partners.values(),
                AgreementRequirements.smallScale(newTransfer, policy));
        if (!missing.isEmpty()) {
            throw new RuleViolation(Rule.P5, "a budget of " + newTransfer.amount().toPlainString() + " "
                    + newTransfer.currency() + " is beyond small-scale funding and the agreement lacks "
                    + String.join(", ", missing) + ": amend the agreement first", missing);
        }
    }

    @CommandHandler
    void handle(CompleteCorrectiveAction command) {
        requireNotTerminal();
        if (openPlan == null) {
            throw new RuleViolation(Rule.P7, "no corrective action plan is open; the partnership is " + status);
        }
        boolean inPlan = openPlan.actions().stream().anyMatch(a -> a.actionId().equals(command.actionId()));
        if (!inPlan) {
            throw new RuleViolation(Rule.P7, "corrective action plan " + openPlan.planId() + " has no action "
                    + command.actionId());
        }
        if (completedActions.contains(command.actionId())) {
            throw new RuleViolation(Rule.P7, "action " + command.actionId() + " is already completed");
        }
        if (command.completedOn().isBefore(openPlan.agreedOn())) {
            throw new RuleViolation(Rule.P7, "action " + command.actionId() + " cannot be completed before its plan "
                    + "was agreed on " + openPlan.agreedOn());
        }
        CorrectivePlanId planId = openPlan.planId();
        apply(new CorrectiveActionCompleted(id, planId, command.actionId(), command.completedOn(),
                command.completionNote()));
        if (planCorrected()) {
            apply(new PartnershipCorrected(id, planId, reviewSincePlan.reviewId(), command.completedOn()));
        }
    }

    /** P7: every action done and the latest review since the plan shows progress, read after the event applied. */
    private boolean planCorrected() {
        return status == PartnershipStatus.UNDER_CORRECTION && openPlan != null
                && openPlan.actions().stream().allMatch(a -> completedActions.contains(a.actionId()))
                && reviewSincePlan != null && reviewSincePlan.progress().showsProgress()
                && !reviewSincePlan.reviewDate().isBefore(openPlan.agreedOn());
    }

    // ---- P8: discontinuation and withdrawal -------------------------------------------------------------------

    @CommandHandler
    void handle(DiscontinuePartnership command) {
        requireNotTerminal();
        if (!isAgreed()) {
            throw new RuleViolation(Rule.P8, "only an agreed partnership is discontinued; the partnership is "
                    + status + ": withdraw the proposal instead");
        }
        boolean forPrinciple = command.reason() == DiscontinuationReason.PRINCIPLE_VIOLATION;
        List<String> missing = new ArrayList<>();
        if (!hasText(command.justification())) {
            missing.add("justification");
        }
        if (forPrinciple && command.principle() == null) {
            missing.add("principle");
        }
        if (command.effectiveDate() == null) {
            missing.add("effectiveDate");
        }
        if (!hasTextEntry(command.continuityMeasures())) {
            missing.add("continuityMeasures");
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation(Rule.P8, "a discontinuation needs a justification, an effective date and "
                    + "continuity measures" + (forPrinciple ? ", and the principle violated" : "") + "; missing: "
                    + String.join(", ", missing), missing);
        }
        if (!forPrinciple && command.principle() != null) {
            throw new RuleViolation(Rule.P8, "a principle is named only for PRINCIPLE_VIOLATION, not for "
                    + command.reason());
        }
        ReviewId evidence = null;
        if (command.reason() == DiscontinuationReason.NO_PROGRESS) {
            evidence = reviews.values().stream().filter(r -> !r.progress().showsProgress())
                    .reduce((first, second) -> second).map(RecordedReview::reviewId)
                    .orElseThrow(() -> new RuleViolation(Rule.P8, "NO_PROGRESS needs a review that found little "
                            + "or no progress on record, and there is none"));
        }
        apply(new PartnershipDiscontinued(id, command.reason(), command.justification(), command.principle(),
                command.effectiveDate(), command.continuityMeasures(), evidence));
    }

    @CommandHandler
    void handle(WithdrawProposal command) {
        requireNotTerminal();
        if (isAgreed()) {
            throw new RuleViolation(Rule.P8, "the agreement was signed on " + signedOn
                    + ": discontinue the partnership instead of withdrawing the proposal");
        }
        if (!hasText(command.reason())) {
            throw new RuleViolation(Rule.P8, "a withdrawal needs a reason");
        }
        apply(new ProposalWithdrawn(id, command.reason(), command.withdrawnOn()));
    }

    // ---- P9: conclusion ---------------------------------------------------------------------------------------

    @CommandHandler
    void handle(ConcludePartnership command, TierPolicy tierPolicy) {
        requireNotTerminal();
        if (!isAgreed()) {
            throw new RuleViolation(Rule.P9, "only an agreed partnership is concluded; the partnership is " + status);
        }
        List<String> missing = missingConclusionParts(command);
        if (!missing.isEmpty()) {
            throw new RuleViolation(Rule.P9, "a conclusion needs a participatory final evaluation with findings and "
                    + "lessons, and the sustainability measures chosen; missing: " + String.join(", ", missing),
                    missing);
        }
        apply(new PartnershipConcluded(id, cycle, command.concludedOn(), command.finalEvaluation(),
                command.sustainabilityMeasures(), command.nextStep()));
        if (!command.nextStep().ends()) {
            apply(new AgreementCycleRenewed(id, cycle + 1, command.concludedOn()));
            List<PartnerId> uncleared = uncleared(tierPolicy);
            if (!uncleared.isEmpty()) {
                apply(new PartnershipReturnedToProposed(id, uncleared,
                        "renewal: not every partner holds a sufficient clearance"));
            }
        }
    }

    private List<String> missingConclusionParts(ConcludePartnership command) {
        List<String> missing = new ArrayList<>();
        FinalEvaluation evaluation = command.finalEvaluation();
        if (evaluation == null) {
            missing.add("finalEvaluation");
        } else {
            partners.values().stream().filter(p -> !evaluation.participants().contains(p.partnerId()))
                    .forEach(p -> missing.add("participation of partner " + p.name()));
            evaluation.participants().stream().filter(p -> !partners.containsKey(p))
                    .forEach(p -> missing.add("unknown participant " + p));
            if (!hasTextEntry(evaluation.findings())) {
                missing.add("findings");
            }
            if (!hasTextEntry(evaluation.lessons())) {
                missing.add("lessons");
            }
        }
        if (!hasTextEntry(command.sustainabilityMeasures())) {
            missing.add("sustainabilityMeasures");
        }
        return missing;
    }

    // ---- P11: record corrections (the one command a terminal partnership accepts) -----------------------------

    @CommandHandler
    void handle(CorrectRecordedFact command) {
        RecordedFact fact = command.fact();
        if (fact.isDecision()) {
            throw new RuleViolation(Rule.P11, fact + " is a decision, not a descriptive fact: it is never corrected; "
                    + fact.supersededBy());
        }
        if (!hasText(command.reason())) {
            throw new RuleViolation(Rule.P11, "a correction needs a reason");
        }
        String recorded = recordedValue(fact, command.targetId());
        if (!Objects.equals(recorded, command.oldValue())) {
            throw new RuleViolation(Rule.P11, "the recorded " + fact + " is " + quoted(recorded) + ", not "
                    + quoted(command.oldValue()) + ": a correction names the value it corrects");
        }
        if (command.newValue().equals(recorded)) {
            throw new RuleViolation(Rule.P11, "nothing changes: the recorded " + fact + " is already "
                    + quoted(recorded));
        }
        apply(new RecordedFactCorrected(id, fact, command.targetId(), command.oldValue(), command.newValue(),
                command.reason()));
    }

    private String recordedValue(RecordedFact fact, String targetId) {
        return switch (fact) {
            case TITLE -> title;
            case PURPOSE -> purpose;
            case PARTNER_NAME -> knownPartner(targetId).name();
            case PARTNER_REGISTRATION_REFERENCE -> knownPartner(targetId).registrationReference();
            case REVIEW_SUMMARY -> knownReview(targetId).summary();
            case VETTING_OUTCOME, REVIEW_PROGRESS, REVIEW_RECOMMENDATION ->
                    throw new IllegalStateException(fact + " is a decision");
        };
    }

    private PartnerProfile knownPartner(String targetId) {
        PartnerProfile partner = partners.get(new PartnerId(targetId));
        if (partner == null) {
            throw new RuleViolation(Rule.P11, "no partner " + targetId + " in this partnership");
        }
        return partner;
    }

    private RecordedReview knownReview(String targetId) {
        RecordedReview review = reviews.get(new ReviewId(targetId));
        if (review == null) {
            throw new RuleViolation(Rule.P11, "no review " + targetId + " in this partnership");
        }
        return review;
    }

    private static String quoted(String value) {
        return value == null ? "not recorded" : "'" + value + "'";
    }

    // ---- P10: terminal states ---------------------------------------------------------------------------------

    private void requireNotTerminal() {
        if (status.isTerminal()) {
            throw new RuleViolation(Rule.P10, "the partnership is " + status
                    + ": a terminal partnership accepts no command but record corrections");
        }
    }

    private boolean isAgreed() {
        return status == PartnershipStatus.AGREED || status == PartnershipStatus.UNDER_CORRECTION;
    }

    // ---- event sourcing: state assignment only ----------------------------------------------------------------

    @Override
    public OfficeCode leadOffice() {
        return leadOffice;
    }

    @EventSourcingHandler
    void on(PartnershipProposed event) {
        this.id = event.partnershipId();
        this.leadOffice = event.leadOffice();
        this.status = PartnershipStatus.PROPOSED;
        this.title = event.title();
        this.purpose = event.purpose();
        this.form = event.form();
        this.agencyTransfer = event.agencyTransfer();
        this.cycle = 1;
        event.partners().forEach(p -> partners.put(p.partnerId(), p));
    }

    @EventSourcingHandler
    void on(PartnerJoined event) {
        partners.put(event.partner().partnerId(), event.partner());
        vettings.remove(event.partner().partnerId());
    }

    @EventSourcingHandler
    void on(PartnerLeft event) {
        partners.remove(event.partnerId());
        vettings.remove(event.partnerId());
    }

    @EventSourcingHandler
    void on(VettingOutcomeRecorded event) {
        vettings.put(event.partnerId(), new PartnerClearance(event.partnerId(), event.vettingId(), event.outcome(),
                event.tier(), event.requiredTier(), event.validUntil()));
    }

    @EventSourcingHandler
    void on(PartnershipVetted event) {
        this.status = PartnershipStatus.VETTED;
    }

    @EventSourcingHandler
    void on(PartnershipReturnedToProposed event) {
        this.status = PartnershipStatus.PROPOSED;
    }

    @EventSourcingHandler
    void on(AgreementConcluded event) {
        this.status = PartnershipStatus.AGREED;
        this.cycle = event.cycle();
        this.signedOn = event.signedOn();
        this.terms = event.terms();
    }

    @EventSourcingHandler
    void on(AgreementAmended event) {
        amendments.add(event.amendmentId());
        this.terms = event.amendedTerms();
        this.agencyTransfer = event.agencyTransfer();
    }

    @EventSourcingHandler
    void on(ReviewRecorded event) {
        RecordedReview review = new RecordedReview(event.reviewId(), event.reviewDate(), event.progress(),
                event.summary());
        reviews.put(event.reviewId(), review);
        this.reviewSincePlan = review;
    }

    @EventSourcingHandler
    void on(PartnershipPlacedUnderCorrection event) {
        this.status = PartnershipStatus.UNDER_CORRECTION;
        this.correction = new CorrectionState(event.reviewId(), event.reviewDate(), event.planDeadline());
    }

    @EventSourcingHandler
    void on(CorrectiveActionPlanAgreed event) {
        this.openPlan = new OpenPlan(event.planId(), event.agreedOn(), event.actions());
        this.reviewSincePlan = null;
        completedActions.clear();
        if (event.budgetModification() != null) {
            this.agencyTransfer = event.budgetModification();
        }
    }

    @EventSourcingHandler
    void on(CorrectiveActionCompleted event) {
        completedActions.add(event.actionId());
    }

    @EventSourcingHandler
    void on(PartnershipCorrected event) {
        this.status = PartnershipStatus.AGREED;
        this.correction = null;
        this.openPlan = null;
        completedActions.clear();
    }

    @EventSourcingHandler
    void on(PartnershipDiscontinued event) {
        this.status = PartnershipStatus.DISCONTINUED;
    }

    @EventSourcingHandler
    void on(ProposalWithdrawn event) {
        this.status = PartnershipStatus.DISCONTINUED;
    }

    @EventSourcingHandler
    void on(PartnershipConcluded event) {
        this.status = PartnershipStatus.CONCLUDED;
    }

    @EventSourcingHandler
    void on(AgreementCycleRenewed event) {
        this.status = PartnershipStatus.VETTED;
        this.cycle = event.cycle();
        this.terms = null;
        this.signedOn = null;
        this.correction = null;
        this.openPlan = null;
        this.reviewSincePlan = null;
        completedActions.clear();
    }

    @EventSourcingHandler
    void on(RecordedFactCorrected event) {
        switch (event.fact()) {
            case TITLE -> this.title = event.newValue();
            case PURPOSE -> this.purpose = event.newValue();
            case PARTNER_NAME -> partners.computeIfPresent(new PartnerId(event.targetId()), (partnerId, p) ->
                    new PartnerProfile(partnerId, event.newValue(), p.type(), p.country(), p.registrationReference(),
                            p.engagement()));
            case PARTNER_REGISTRATION_REFERENCE -> partners.computeIfPresent(new PartnerId(event.targetId()),
                    (partnerId, p) -> new PartnerProfile(partnerId, p.name(), p.type(), p.country(), event.newValue(),
                            p.engagement()));
            case REVIEW_SUMMARY -> reviews.computeIfPresent(new ReviewId(event.targetId()), (reviewId, r) ->
                    new RecordedReview(reviewId, r.reviewDate(), r.progress(), event.newValue()));
            default -> {
                // decisions are never corrected, so no such event is ever applied
            }
        }
    }
}
