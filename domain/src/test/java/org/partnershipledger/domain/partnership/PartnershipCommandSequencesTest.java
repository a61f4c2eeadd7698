package org.partnershipledger.domain.partnership;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
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
import org.partnershipledger.domain.partnership.events.RecordedFactCorrected;
import org.partnershipledger.domain.shared.CommandSequence;
import org.partnershipledger.domain.shared.Dice;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.VettingTier;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.domain.partnership.PartnershipStatus.AGREED;
import static org.partnershipledger.domain.partnership.PartnershipStatus.CONCLUDED;
import static org.partnershipledger.domain.partnership.PartnershipStatus.DISCONTINUED;
import static org.partnershipledger.domain.partnership.PartnershipStatus.PROPOSED;
import static org.partnershipledger.domain.partnership.PartnershipStatus.UNDER_CORRECTION;
import static org.partnershipledger.domain.partnership.PartnershipStatus.VETTED;
import static org.partnershipledger.domain.partnership.PartnershipTestData.ID;
import static org.partnershipledger.domain.partnership.PartnershipTestData.TODAY;
import static org.partnershipledger.domain.shared.ShapeRefusals.constructed;

/**
 * Arbitrary sequences of commands to one partnership, valid and invalid, in and out of lifecycle order: whatever
 * comes, a command is accepted with events or refused under a rule without leaving a trace, and the partnership's
 * invariants hold after every step. The commands are made against what the partnership holds at that moment (its
 * partners, reviews, plan) most of the time, so that sequences get through agreement into reviews, correction and
 * the endings, not only into refusals.
 */
class PartnershipCommandSequencesTest {

    private static final Map<PartnershipStatus, Set<PartnershipStatus>> ALLOWED_MOVES = Map.of(
            PROPOSED, EnumSet.of(PROPOSED, VETTED, DISCONTINUED),
            VETTED, EnumSet.of(VETTED, PROPOSED, AGREED, DISCONTINUED),
            // Renewal (P9) starts a new cycle at VETTED, or at PROPOSED when a clearance no longer suffices.
            AGREED, EnumSet.of(AGREED, UNDER_CORRECTION, DISCONTINUED, CONCLUDED, VETTED, PROPOSED),
            UNDER_CORRECTION, EnumSet.of(UNDER_CORRECTION, AGREED, DISCONTINUED, CONCLUDED, VETTED, PROPOSED),
            DISCONTINUED, EnumSet.of(DISCONTINUED),
            CONCLUDED, EnumSet.of(CONCLUDED));

    @Property(tries = 100)
    void every_command_is_accepted_with_events_or_refused_under_a_rule_leaving_no_trace(
            @ForAll("steps") List<Step> steps) {
        CommandSequence<Partnership> partnership = new CommandSequence<>(PartnershipTestData::fixture);
        PartnershipStatus furthest = null;
        for (Step step : steps) {
            Object command = constructed(() -> step.command(Known.from(partnership.history())));
            if (command == null || partnership.state() == null && !(command instanceof ProposePartnership)) {
                // Refused for its shape, or sent to a partnership that was never proposed: Axon answers 404.
                continue;
            }
            PartnershipStatus before = partnership.state() == null ? null : new State(partnership.state()).status();
            CommandSequence.Outcome outcome = partnership.send(command);
            if (outcome.accepted()) {
                holdsInvariants(partnership.state(), before, outcome.events(), command);
                furthest = further(furthest, new State(partnership.state()).status());
            }
        }
        // The property says little unless sequences get past agreement: hold the generators to that.
        Statistics.label("furthest status").collect(furthest);
        Statistics.label("furthest status").coverage(coverage -> {
            coverage.checkQuery(reached -> reached.get(0) instanceof PartnershipStatus s && s.ordinal() >= AGREED.ordinal())
                    .percentage(percent -> percent >= 10);
            coverage.check(UNDER_CORRECTION).count(n -> n > 0);
        });
    }

    private static PartnershipStatus further(PartnershipStatus furthest, PartnershipStatus now) {
        return furthest == null || now.ordinal() > furthest.ordinal() ? now : furthest;
    }

    private static void holdsInvariants(Partnership aggregate, PartnershipStatus before, List<Object> events,
                                        Object command) {
        State p = new State(aggregate);
        String after = "after " + command;
        PartnershipStatus status = p.status();
        assertThat(status).as(after).isNotNull();
        if (before != null) {
            assertThat(ALLOWED_MOVES.get(before)).as("move from %s %s", before, after).contains(status);
        }
        if (before != null && before.isTerminal()) {
            assertThat(events).as("P10: a terminal partnership records only corrections, " + after)
                    .allMatch(RecordedFactCorrected.class::isInstance);
        }
        Map<PartnerId, PartnerProfile> partners = p.get("partners");
        assertThat(partners).as("P2: at least one partner, " + after).isNotEmpty();
        assertThat(partners.values().stream().filter(x -> x.engagement() == EngagementLevel.ACTIVE).count())
                .as("P2: ACTIVE partners " + after).isLessThanOrEqualTo(PartnershipPolicy.DEFAULT.maxActivePartners());
        Money transfer = p.get("agencyTransfer");
        if (p.get("form") == PartnershipForm.COLLABORATIVE_RELATIONSHIP) {
            assertThat(transfer == null || transfer.hasNoAmount())
                    .as("P1: a collaborative relationship transfers nothing, " + after).isTrue();
        }
        if (status == VETTED) {
            Map<PartnerId, PartnerClearance> vettings = p.get("vettings");
            assertThat(partners.keySet()).as("P3: VETTED with every partner cleared, " + after)
                    .allMatch(id -> vettings.containsKey(id) && vettings.get(id).outcome().clears());
        }
        if (status == AGREED || status == UNDER_CORRECTION) {
            assertThat((Object) p.get("terms")).as("an agreed partnership has terms, " + after).isNotNull();
            assertThat((Object) p.get("signedOn")).as("an agreed partnership was signed, " + after).isNotNull();
        }
        if (status == UNDER_CORRECTION) {
            assertThat((Object) p.get("correction")).as("P7: UNDER_CORRECTION has its deadline, " + after).isNotNull();
        } else if (!status.isTerminal()) {
            assertThat((Object) p.get("correction")).as("P7: no correction open, " + after).isNull();
            assertThat((Object) p.get("openPlan")).as("P7: no plan open, " + after).isNull();
        }
        Set<CorrectiveActionId> completed = p.get("completedActions");
        Object openPlan = p.get("openPlan");
        List<CorrectiveAction> planned = openPlan == null ? List.of() : new State(openPlan).get("actions");
        assertThat(completed).as("P7: completed actions belong to the open plan, " + after)
                .isSubsetOf(planned.stream().map(CorrectiveAction::actionId).toList());
    }

    /** Reads the aggregate's private fields: the invariants are about its state, which it rightly does not expose. */
    private record State(Object target) {

        PartnershipStatus status() {
            return get("status");
        }

        @SuppressWarnings("unchecked")
        <T> T get(String field) {
            try {
                Field f = target.getClass().getDeclaredField(field);
                f.setAccessible(true);
                return (T) f.get(target);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("no field " + field + " in " + target.getClass(), e);
            }
        }
    }

    // ---- generation ---------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> proposal = Dice.rolls().map(dice -> new Step(Kind.PROPOSE, dice));
        Arbitrary<Step> later = Combinators.combine(kinds(), Dice.rolls()).as(Step::new);
        return Combinators.combine(proposal, later.list().ofMinSize(5).ofMaxSize(25)).as((first, rest) -> {
            List<Step> all = new ArrayList<>();
            all.add(first);
            all.addAll(rest);
            return all;
        });
    }

    private static Arbitrary<Kind> kinds() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Kind.RECORD_VETTING_OUTCOME)),
                Tuple.of(3, Arbitraries.just(Kind.CONCLUDE_AGREEMENT)),
                Tuple.of(3, Arbitraries.just(Kind.RECORD_REVIEW)),
                Tuple.of(2, Arbitraries.just(Kind.AGREE_PLAN)),
                Tuple.of(2, Arbitraries.just(Kind.COMPLETE_ACTION)),
                Tuple.of(1, Arbitraries.of(Kind.ADD_PARTNER, Kind.REMOVE_PARTNER, Kind.AMEND,
                        Kind.DISCONTINUE, Kind.WITHDRAW, Kind.CONCLUDE, Kind.CORRECT)));
    }

    /** One generated command: its kind and the dice it is made with, against what the partnership holds then. */
    record Step(Kind kind, Dice dice) {

        /** Half of the steps follow the lifecycle from where the partnership stands, the others do what they say. */
        Object command(Known known) {
            Kind chosen = dice.face(11) < 50 && known.status() != null ? onwardFrom(known) : kind;
            return chosen.make.apply(dice, known);
        }

        private Kind onwardFrom(Known known) {
            return switch (known.status()) {
                case PROPOSED -> Kind.RECORD_VETTING_OUTCOME;
                case VETTED -> Kind.CONCLUDE_AGREEMENT;
                case AGREED -> dice.pick(10, Kind.RECORD_REVIEW, Kind.RECORD_REVIEW, Kind.AMEND, Kind.CONCLUDE,
                        Kind.DISCONTINUE);
                case UNDER_CORRECTION -> known.planActions().isEmpty() ? Kind.AGREE_PLAN
                        : dice.pick(10, Kind.COMPLETE_ACTION, Kind.COMPLETE_ACTION, Kind.RECORD_REVIEW);
                case DISCONTINUED, CONCLUDED -> Kind.CORRECT;
            };
        }

        @Override
        public String toString() {
            return kind + dice.toString();
        }
    }

    enum Kind {
        PROPOSE(Commands::propose),
        ADD_PARTNER(Commands::addPartner),
        REMOVE_PARTNER(Commands::removePartner),
        RECORD_VETTING_OUTCOME(Commands::recordVettingOutcome),
        CONCLUDE_AGREEMENT(Commands::concludeAgreement),
        AMEND(Commands::amend),
        RECORD_REVIEW(Commands::recordReview),
        AGREE_PLAN(Commands::agreePlan),
        COMPLETE_ACTION(Commands::completeAction),
        DISCONTINUE(Commands::discontinue),
        WITHDRAW(Commands::withdraw),
        CONCLUDE(Commands::conclude),
        CORRECT(Commands::correct);

        private final BiFunction<Dice, Known, Object> make;

        Kind(BiFunction<Dice, Known, Object> make) {
            this.make = make;
        }
    }

    /** Builds each kind of command from dice: usually what fits the partnership now, otherwise odd values. */
    static final class Commands {

        private static final List<String> PARTNER_IDS = List.of("tostan", "ucad", "sonatel", "fondation", "radio");

        private Commands() {
        }

        static Object propose(Dice d, Known k) {
            PartnershipForm form = d.pick(0, PartnershipForm.FORMAL_PARTNERSHIP, PartnershipForm.FORMAL_PARTNERSHIP,
                    PartnershipForm.COLLABORATIVE_RELATIONSHIP);
            Money transfer = form == PartnershipForm.COLLABORATIVE_RELATIONSHIP && d.ordinary(1) ? null : money(d, 1);
            List<PartnerProfile> partners = new ArrayList<>();
            int count = d.ordinary(2) ? 1 + d.face(2) % 3 : d.face(2) % 9;
            for (int i = 0; i < count; i++) {
                partners.add(profile(d, 3 + i, PARTNER_IDS.get(i % PARTNER_IDS.size()) + (i >= 5 ? i : "")));
            }
            return new ProposePartnership(ID, text(d, 8, "Community-led programmes"), text(d, 9, "Their purpose"),
                    form, d.pick(10, AgencyRole.values()), d.pick(11, Scope.values()), transfer, partners,
                    PartnershipTestData.CO_SEN, PartnershipTestData.OFFICER);
        }

        static Object addPartner(Dice d, Known k) {
            String id = d.ordinary(0) ? "joiner-" + d.face(1) % 3 : d.pick(1, PARTNER_IDS);
            return new AddPartner(ID, profile(d, 2, id));
        }

        static Object removePartner(Dice d, Known k) {
            return new RemovePartner(ID, partnerRef(d, 0, k), text(d, 1, "left the programme"));
        }

        static Object recordVettingOutcome(Dice d, Known k) {
            VettingOutcome outcome = d.ordinary(1) ? VettingOutcome.CLEARED : d.pick(2, VettingOutcome.values());
            VettingTier tier = d.ordinary(3) ? VettingTier.ENHANCED : d.pick(4, VettingTier.values());
            boolean clears = outcome.clears() == d.ordinary(5) || d.ordinary(5);
            PartnerId partner = d.ordinary(0) && !k.partners().isEmpty() ? k.unclearedFirst().get(0) : partnerRef(d, 0, k);
            return new RecordVettingOutcome(ID, partner, "v-" + d.face(6) % 4, outcome, tier,
                    outcome.clears() && clears ? date(d, 7, TODAY.plusDays(700)) : null,
                    outcome == VettingOutcome.CLEARED_WITH_CONDITIONS && d.ordinary(8) ? List.of("reports") : null,
                    outcome.clears() && !d.ordinary(9));
        }

        static Object concludeAgreement(Dice d, Known k) {
            return new ConcludeAgreement(ID, date(d, 0, TODAY.minusDays(20)), terms(d, k));
        }

        static Object amend(Dice d, Known k) {
            AgreementChanges changes = switch (d.face(1) % 4) {
                case 0 -> AgreementChanges.duration(date(d, 2, TODAY.plusDays(600)));
                case 1 -> AgreementChanges.budget(money(d, 2));
                case 2 -> new AgreementChanges(null, null, contributions(d, 2, k), null, null, null, null);
                default -> new AgreementChanges(null, null, null, texts(d, 2, "Reach 300 villages"), null,
                        texts(d, 3, "Villages declaring"), text(d, 4, "Stop below 50 villages"));
            };
            return new AmendAgreement(ID, new AmendmentId("am-" + d.face(5) % 3), date(d, 6, TODAY),
                    changes, text(d, 7, "the budget grew"));
        }

        static Object recordReview(Dice d, Known k) {
            List<PartnerId> heard = d.ordinary(0) ? k.partnerIds() : someOf(d, 0, k);
            AspectAssessment good = AspectAssessment.rated(d.pick(1, FunctioningRating.values()));
            FunctioningAssessment functioning = d.ordinary(2) ? new FunctioningAssessment(good, good, good, good, good)
                    : new FunctioningAssessment(good, null, good, null, good);
            ReviewProgress progress = d.pick(3, ReviewProgress.values());
            return new RecordReview(ID, new ReviewId("r-" + d.face(4) % 5), date(d, 5, TODAY.minusDays(5)), progress,
                    functioning, d.ordinary(6) ? Boolean.TRUE : d.pick(6, Boolean.FALSE, null), null, heard,
                    heard.stream().map(id -> new CommitmentAssessment(id, d.ordinary(7), null)).toList(),
                    d.pick(8, ReviewRecommendation.values()), text(d, 9, "Review of progress"));
        }

        static Object agreePlan(Dice d, Known k) {
            List<CorrectiveAction> actions = new ArrayList<>();
            int count = 1 + d.face(0) % 3;
            for (int i = 0; i < count; i++) {
                ResponsibleParty responsible = d.ordinary(1 + i) || k.partnerIds().isEmpty()
                        ? ResponsibleParty.agency() : ResponsibleParty.partner(partnerRef(d, 1 + i, k));
                actions.add(new CorrectiveAction(new CorrectiveActionId("a-" + (d.ordinary(4) ? i : 0)),
                        text(d, 5, "Recruit facilitators"), responsible, date(d, 6, TODAY.plusDays(60))));
            }
            Money budget = d.ordinary(7) ? null : money(d, 7);
            return new AgreeCorrectiveActionPlan(ID, new CorrectivePlanId("plan-" + d.face(8) % 3), actions, budget,
                    budget == null ? null : text(d, 9, "more facilitators"), date(d, 10, TODAY.minusDays(1)));
        }

        static Object completeAction(Dice d, Known k) {
            CorrectiveActionId action = d.ordinary(0) && !k.openActions().isEmpty() ? d.pick(1, k.openActions())
                    : new CorrectiveActionId("a-" + d.face(1) % 4);
            return new CompleteCorrectiveAction(ID, action, date(d, 2, TODAY), text(d, 3, "done"));
        }

        static Object discontinue(Dice d, Known k) {
            DiscontinuationReason reason = d.pick(0, DiscontinuationReason.values());
            GuidingPrinciple principle = (reason == DiscontinuationReason.PRINCIPLE_VIOLATION) == d.ordinary(1)
                    ? d.pick(2, GuidingPrinciple.values()) : null;
            return new DiscontinuePartnership(ID, reason, text(d, 3, "The context changed"), principle,
                    d.ordinary(4) ? TODAY : null, texts(d, 5, "Keep in touch"));
        }

        static Object withdraw(Dice d, Known k) {
            return new WithdrawProposal(ID, text(d, 0, "Funding fell through"), date(d, 1, TODAY));
        }

        static Object conclude(Dice d, Known k) {
            List<PartnerId> participants = d.ordinary(0) ? k.partnerIds() : someOf(d, 0, k);
            FinalEvaluation evaluation = d.ordinary(1) ? new FinalEvaluation(participants,
                    texts(d, 2, "Most villages declared"), texts(d, 3, "Start with leaders")) : null;
            return new ConcludePartnership(ID, evaluation, texts(d, 4, "Hand over"),
                    d.pick(5, NextStep.values()), date(d, 6, TODAY));
        }

        static Object correct(Dice d, Known k) {
            RecordedFact fact = d.pick(0, RecordedFact.values());
            String target = switch (fact.target()) {
                case NONE -> d.ordinary(1) ? null : "stray";
                case PARTNER -> partnerRef(d, 1, k).value();
                case REVIEW -> d.ordinary(1) && !k.reviews().isEmpty() ? d.pick(2, k.reviews()).value() : "r-9";
            };
            String recorded = k.recorded(fact, target);
            return new CorrectRecordedFact(ID, fact, target, d.ordinary(3) ? recorded : text(d, 3, "Tostan"),
                    text(d, 4, "Corrected value " + d.face(5)), text(d, 6, "misspelt"));
        }

        // ---- values ----------------------------------------------------------------------------------------------

        private static AgreementTerms terms(Dice d, Known k) {
            boolean complete = d.ordinary(1);
            List<PartnerContribution> contributions = contributions(d, 2, k);
            if (k.form() == PartnershipForm.COLLABORATIVE_RELATIONSHIP && complete) {
                return AgreementTerms.collaborative(List.of("Share research"),
                        k.partnerIds().stream().map(id -> PartnerContribution.roleOnly(id, "researcher")).toList());
            }
            return new AgreementTerms(texts(d, 3, "End harmful practices"), texts(d, 4, "Train facilitators"),
                    contributions, date(d, 5, TODAY.minusDays(10)), date(d, 6, TODAY.plusDays(700)),
                    d.ordinary(7) ? 6 : d.pick(7, 0, -1, 1, 12_000_000, null),
                    text(d, 8, "Quarterly reports"), texts(d, 9, "Villages declaring"),
                    text(d, 10, "Stop below 50 villages"));
        }

        private static List<PartnerContribution> contributions(Dice d, int i, Known k) {
            List<PartnerId> partners = d.ordinary(i) ? k.partnerIds() : someOf(d, i, k);
            return partners.stream().map(id -> new PartnerContribution(id,
                    d.ordinary(i + 1) ? null : money(d, i + 1), text(d, i + 2, "venues"), text(d, i + 3, "implementer"),
                    text(d, i + 4, "run sessions"))).toList();
        }

        private static PartnerProfile profile(Dice d, int i, String id) {
            return new PartnerProfile(new PartnerId(id), text(d, i, "Partner " + id),
                    d.ordinary(i + 1) ? PartnerType.CSO : d.pick(i + 1, PartnerType.values()),
                    d.ordinary(i + 2) ? "SN" : d.pick(i + 2, "sn", "SEN", "FR"), null,
                    d.ordinary(i + 3) ? EngagementLevel.ACTIVE : d.pick(i + 3, EngagementLevel.values()));
        }

        private static PartnerId partnerRef(Dice d, int i, Known k) {
            return d.ordinary(i) && !k.partnerIds().isEmpty() ? d.pick(i + 1, k.partnerIds())
                    : new PartnerId(d.pick(i + 1, "stranger", "tostan", "joiner-1"));
        }

        private static List<PartnerId> someOf(Dice d, int i, Known k) {
            List<PartnerId> some = new ArrayList<>(k.partnerIds().subList(0, d.face(i) % (k.partnerIds().size() + 1)));
            if (d.face(i + 1) % 2 == 0) {
                some.add(new PartnerId("stranger"));
            }
            return some;
        }

        private static Money money(Dice d, int i) {
            return d.pick(i, Money.of("250000", "USD"), Money.of("8000", "USD"), Money.of("0", "USD"),
                    Money.of("2000000", "EUR"), Money.of("10000.001", "USD"), Money.of("99999999999999.999", "XOF"));
        }

        private static LocalDate date(Dice d, int i, LocalDate usual) {
            return d.ordinary(i) ? usual : d.pick(i + 1, TODAY.minusDays(400), TODAY.minusDays(40), TODAY,
                    TODAY.plusDays(40), TODAY.plusDays(900), null, LocalDate.of(1, 1, 1), LocalDate.MAX);
        }

        private static String text(Dice d, int i, String usual) {
            return d.ordinary(i) ? usual : d.pick(i + 1, "", " ", null, "\u00e9t\u00e9 \u2713 \uD83D\uDE00", usual);
        }

        private static List<String> texts(Dice d, int i, String usual) {
            if (d.ordinary(i)) {
                return List.of(usual);
            }
            return d.pick(i + 1, List.of(), List.of(" "), null, List.of("", usual));
        }
    }
}
