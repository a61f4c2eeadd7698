package org.partnershipledger.domain.partnership;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.partnershipledger.domain.partnership.commands.AgreeCorrectiveActionPlan;
import org.partnershipledger.domain.partnership.commands.ConcludePartnership;
import org.partnershipledger.domain.partnership.commands.RecordReview;
import org.partnershipledger.domain.partnership.events.AgreementConcluded;
import org.partnershipledger.domain.partnership.events.CorrectiveActionPlanAgreed;
import org.partnershipledger.domain.partnership.events.PartnershipConcluded;
import org.partnershipledger.domain.partnership.events.PartnershipDiscontinued;
import org.partnershipledger.domain.partnership.events.PartnershipPlacedUnderCorrection;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.partnership.events.PartnershipVetted;
import org.partnershipledger.domain.partnership.events.ProposalWithdrawn;
import org.partnershipledger.domain.partnership.events.ReviewRecorded;
import org.partnershipledger.domain.partnership.events.VettingOutcomeRecorded;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.RuleViolationMatchers;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.shared.VettingTier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The partnerships, histories and commands the fixture tests share. The story: the Senegal country office
 * partners with Tostan (a CSO) on community-led programmes, signs on 1 March 2025, reviews on 20 May 2025 with
 * little progress, and agrees a corrective plan on 1 June 2025; "today" is 2 June 2025.
 */
final class PartnershipTestData {

    static final PartnershipId ID = new PartnershipId("p-1");
    static final OfficeCode CO_SEN = new OfficeCode("CO-SEN");
    static final UserId OFFICER = new UserId("officer");

    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    static final Clock CLOCK = clockOn(TODAY);
    static final LocalDate SIGNED_ON = LocalDate.of(2025, 3, 1);
    static final LocalDate VALID_UNTIL = LocalDate.of(2027, 1, 31);
    static final LocalDate POOR_REVIEW_DATE = LocalDate.of(2025, 5, 20);
    static final LocalDate PLAN_DEADLINE = POOR_REVIEW_DATE.plusDays(30);
    static final LocalDate PLAN_AGREED_ON = LocalDate.of(2025, 6, 1);

    static final Money TRANSFER = Money.of("250000", "USD");
    static final Money SMALL_TRANSFER = Money.of("8000", "USD");

    static final PartnerProfile TOSTAN = partner("tostan", "Tostan", PartnerType.CSO, EngagementLevel.ACTIVE);
    static final PartnerProfile SONATEL = partner("sonatel", "Sonatel", PartnerType.CORPORATE, EngagementLevel.ACTIVE);
    static final PartnerProfile UCAD = partner("ucad", "Université Cheikh Anta Diop", PartnerType.KNOWLEDGE,
            EngagementLevel.ADVISORY);

    static final ReviewId POOR_REVIEW = new ReviewId("r-1");
    static final CorrectivePlanId PLAN = new CorrectivePlanId("plan-1");
    static final CorrectiveActionId ACTION_1 = new CorrectiveActionId("a-1");
    static final CorrectiveActionId ACTION_2 = new CorrectiveActionId("a-2");

    private PartnershipTestData() {
    }

    static FixtureConfiguration<Partnership> fixture() {
        return fixture(CLOCK);
    }

    static FixtureConfiguration<Partnership> fixture(Clock clock) {
        FixtureConfiguration<Partnership> fixture = new AggregateTestFixture<>(Partnership.class);
        fixture.registerInjectableResource(PartnershipPolicy.DEFAULT);
        fixture.registerInjectableResource(TierPolicy.DEFAULT);
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    static PartnerProfile partner(String id, String name, PartnerType type, EngagementLevel engagement) {
        return new PartnerProfile(new PartnerId(id), name, type, "SN", "SN-" + id, engagement);
    }

    /** Concatenates events and lists of events into one history. */
    static List<Object> history(Object... parts) {
        List<Object> events = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                events.addAll(list);
            } else {
                events.add(part);
            }
        }
        return events;
    }

    // ---- proposal and vetting ---------------------------------------------------------------------------------

    static PartnershipProposed proposed(PartnershipForm form, Money transfer, PartnerProfile... partners) {
        return new PartnershipProposed(ID, "Community-led abandonment of harmful practices",
                "Support community-led programmes", form, AgencyRole.PARTNER, Scope.NATIONAL, transfer,
                List.of(partners), CO_SEN, OFFICER);
    }

    static PartnershipProposed formalProposal(PartnerProfile... partners) {
        return proposed(PartnershipForm.FORMAL_PARTNERSHIP, TRANSFER, partners);
    }

    static VettingTier required(PartnershipProposed proposal, PartnerProfile partner) {
        return TierPolicy.DEFAULT.requiredTier(proposal.form(), partner.type(), proposal.agencyTransfer());
    }

    static VettingOutcomeRecorded cleared(PartnerProfile partner, VettingTier tier, VettingTier required) {
        return cleared(partner, tier, required, VALID_UNTIL);
    }

    static VettingOutcomeRecorded cleared(PartnerProfile partner, VettingTier tier, VettingTier required,
                                          LocalDate validUntil) {
        return new VettingOutcomeRecorded(ID, partner.partnerId(), vettingId(partner), VettingOutcome.CLEARED, tier,
                required, validUntil, List.of(), false);
    }

    static VettingOutcomeRecorded outcome(PartnerProfile partner, VettingOutcome outcome, VettingTier tier,
                                          VettingTier required) {
        return new VettingOutcomeRecorded(ID, partner.partnerId(), vettingId(partner), outcome, tier, required, null,
                List.of(), false);
    }

    static String vettingId(PartnerProfile partner) {
        return "v-" + partner.partnerId();
    }

    static PartnerClearance clearance(PartnerProfile partner, VettingTier tier, VettingTier required) {
        return new PartnerClearance(partner.partnerId(), vettingId(partner), VettingOutcome.CLEARED, tier, required,
                VALID_UNTIL);
    }

    /** Every partner cleared at exactly the tier it needs. */
    static List<PartnerClearance> clearances(PartnershipProposed proposal) {
        return proposal.partners().stream()
                .map(p -> clearance(p, required(proposal, p), required(proposal, p))).toList();
    }

    /** The proposal, a clearance of each partner at the tier it needs, and the vetting. */
    static List<Object> vettedHistory(PartnershipProposed proposal) {
        List<Object> events = new ArrayList<>();
        events.add(proposal);
        proposal.partners().forEach(p -> events.add(cleared(p, required(proposal, p), required(proposal, p))));
        events.add(new PartnershipVetted(ID, clearances(proposal)));
        return events;
    }

    // ---- agreement --------------------------------------------------------------------------------------------

    static PartnerContribution inKindContribution(PartnerProfile partner) {
        return new PartnerContribution(partner.partnerId(), null, "community facilitators and venues",
                "implementing partner", "run the community education sessions");
    }

    static AgreementTerms formalTerms(PartnerProfile... partners) {
        return new AgreementTerms(List.of("End harmful practices in 200 villages"),
                List.of("Train 400 facilitators", "Hold 2,000 community sessions"),
                Arrays.stream(partners).map(PartnershipTestData::inKindContribution).toList(),
                LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31), 6,
                "Quarterly reports, a mid-term review and a final evaluation",
                List.of("Villages declaring abandonment"),
                "Not continued if fewer than 50 villages engage in the first year");
    }

    /** The terms small-scale funding allows (P5): no exit strategy, no indicators. */
    static AgreementTerms withoutExitStrategyAndIndicators(AgreementTerms t) {
        return new AgreementTerms(t.objectives(), t.operationalTargets(), t.contributions(), t.startDate(),
                t.intendedEndDate(), t.reviewFrequencyMonths(), t.monitoringAndEvaluation(), List.of(), null);
    }

    static AgreementTerms collaborativeTerms(PartnerProfile... partners) {
        return AgreementTerms.collaborative(List.of("Share research on social norms"),
                Arrays.stream(partners).map(p -> PartnerContribution.roleOnly(p.partnerId(), "research partner"))
                        .toList());
    }

    static AgreementConcluded agreementConcluded(PartnershipProposed proposal, AgreementTerms terms, int cycle,
                                                 LocalDate signedOn, boolean reducedRequirements) {
        return new AgreementConcluded(ID, cycle, proposal.form(), signedOn, terms, proposal.agencyTransfer(),
                reducedRequirements, clearances(proposal));
    }

    /** A formal partnership with these partners, vetted and agreed on {@link #SIGNED_ON} on {@link #formalTerms}. */
    static List<Object> agreedHistory(PartnerProfile... partners) {
        PartnershipProposed proposal = formalProposal(partners);
        return history(vettedHistory(proposal),
                agreementConcluded(proposal, formalTerms(partners), 1, SIGNED_ON, false));
    }

    // ---- reviews and correction -------------------------------------------------------------------------------

    static FunctioningAssessment functioningWell() {
        AspectAssessment good = AspectAssessment.rated(FunctioningRating.WORKS_WELL);
        return new FunctioningAssessment(good, good, good, good, good);
    }

    /** A complete review hearing every one of these partners, all of whom kept their commitments. */
    static RecordReview review(String reviewId, LocalDate date, ReviewProgress progress, PartnerProfile... heard) {
        List<PartnerProfile> partners = List.of(heard);
        return new RecordReview(ID, new ReviewId(reviewId), date, progress, functioningWell(), true,
                "the partnership adds reach the agency lacks",
                partners.stream().map(PartnerProfile::partnerId).toList(),
                partners.stream().map(p -> new CommitmentAssessment(p.partnerId(), true, null)).toList(),
                progress.showsProgress() ? ReviewRecommendation.CONTINUE : ReviewRecommendation.CORRECTIVE_ACTION,
                "Review " + reviewId + ": " + progress);
    }

    static ReviewRecorded recorded(RecordReview review) {
        return new ReviewRecorded(ID, review.reviewId(), review.reviewDate(), review.progress(), review.functioning(),
                review.worthItsCosts(), review.worthItsCostsNote(), review.participants(), review.commitments(),
                review.recommendation(), review.summary());
    }

    static RecordReview poorReview() {
        return review(POOR_REVIEW.value(), POOR_REVIEW_DATE, ReviewProgress.LITTLE_OR_NO_PROGRESS, TOSTAN);
    }

    /** Tostan's partnership, agreed, then found to make little or no progress; no plan yet. */
    static List<Object> underCorrectionHistory() {
        return history(agreedHistory(TOSTAN), recorded(poorReview()),
                new PartnershipPlacedUnderCorrection(ID, POOR_REVIEW, POOR_REVIEW_DATE, PLAN_DEADLINE));
    }

    static CorrectiveAction action(CorrectiveActionId id, ResponsibleParty responsible) {
        return new CorrectiveAction(id, "Recruit facilitators in the " + id + " districts", responsible,
                LocalDate.of(2025, 8, 31));
    }

    static AgreeCorrectiveActionPlan plan() {
        return new AgreeCorrectiveActionPlan(ID, PLAN, List.of(
                action(ACTION_1, ResponsibleParty.partner(TOSTAN.partnerId())),
                action(ACTION_2, ResponsibleParty.agency())), null, null, PLAN_AGREED_ON);
    }

    static CorrectiveActionPlanAgreed planAgreed(AgreeCorrectiveActionPlan plan) {
        return new CorrectiveActionPlanAgreed(ID, plan.planId(), plan.actions(), plan.budgetModification(),
                plan.budgetNote(), TRANSFER, plan.agreedOn(), PLAN_DEADLINE);
    }

    /** Under correction with {@link #plan()} agreed and none of its actions done. */
    static List<Object> planOpenHistory() {
        return history(underCorrectionHistory(), planAgreed(plan()));
    }

    // ---- endings ----------------------------------------------------------------------------------------------

    static FinalEvaluation finalEvaluation(PartnerProfile... participants) {
        return new FinalEvaluation(Arrays.stream(participants).map(PartnerProfile::partnerId).toList(),
                List.of("180 villages declared abandonment"), List.of("Start with community leaders"));
    }

    static ConcludePartnership conclude(NextStep nextStep) {
        return new ConcludePartnership(ID, finalEvaluation(TOSTAN), List.of("Hand over training to local NGOs"),
                nextStep, LocalDate.of(2027, 3, 31));
    }

    static PartnershipConcluded concluded(ConcludePartnership command, int cycle) {
        return new PartnershipConcluded(ID, cycle, command.concludedOn(), command.finalEvaluation(),
                command.sustainabilityMeasures(), command.nextStep());
    }

    static List<Object> discontinuedHistory() {
        return history(agreedHistory(TOSTAN), new PartnershipDiscontinued(ID, DiscontinuationReason.CHANGED_CONTEXT,
                "The national programme took the work over", null, LocalDate.of(2025, 9, 1),
                List.of("Keep Tostan in the national task force"), null));
    }

    static List<Object> withdrawnHistory() {
        return history(formalProposal(TOSTAN), new ProposalWithdrawn(ID, "Funding fell through", TODAY));
    }

    static List<Object> concludedHistory() {
        return history(agreedHistory(TOSTAN), concluded(conclude(NextStep.CLOSE), 1));
    }

    // ---- assertions -------------------------------------------------------------------------------------------

    /** A refusal under {@code rule} that names exactly these parts in {@link RuleViolation#violations()}. */
    static Matcher<RuleViolation> violationNaming(Rule rule, String... parts) {
        return RuleViolationMatchers.violationNaming(rule, parts);
    }
}
