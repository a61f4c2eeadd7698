package org.partnershipledger.domain.vetting;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.shared.CommandSequence;
import org.partnershipledger.domain.shared.Dice;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.commands.AssessCriterion;
import org.partnershipledger.domain.vetting.commands.DecideVetting;
import org.partnershipledger.domain.vetting.commands.DismissScreeningMatch;
import org.partnershipledger.domain.vetting.commands.OpenVetting;
import org.partnershipledger.domain.vetting.commands.RateRisk;
import org.partnershipledger.domain.vetting.commands.RecordClearanceReuse;
import org.partnershipledger.domain.vetting.commands.RecordSanctionsScreening;
import org.partnershipledger.domain.vetting.commands.ReopenVetting;
import org.partnershipledger.domain.vetting.events.CriterionAssessed;
import org.partnershipledger.domain.vetting.events.RiskRated;
import org.partnershipledger.domain.vetting.events.SanctionsScreeningRecorded;
import org.partnershipledger.domain.vetting.events.ScreeningMatchDismissed;
import org.partnershipledger.domain.vetting.events.VettingDecided;
import org.partnershipledger.domain.vetting.events.VettingOpened;
import org.partnershipledger.domain.vetting.events.VettingReopened;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.domain.shared.ShapeRefusals.constructed;
import static org.partnershipledger.domain.vetting.VettingStatus.CLEARED;
import static org.partnershipledger.domain.vetting.VettingStatus.CLEARED_WITH_CONDITIONS;
import static org.partnershipledger.domain.vetting.VettingStatus.OPEN;
import static org.partnershipledger.domain.vetting.VettingStatus.REJECTED;
import static org.partnershipledger.domain.vetting.VettingStatus.REOPENED;
import static org.partnershipledger.domain.vetting.VettingTestData.ID;
import static org.partnershipledger.domain.vetting.VettingTestData.PARTNER;
import static org.partnershipledger.domain.vetting.VettingTestData.PARTNERSHIP;
import static org.partnershipledger.domain.vetting.VettingTestData.PROPOSER;

/**
 * Arbitrary sequences of commands to one vetting, by arbitrary people (the proposer, assessors, approvers of every
 * office level), valid and invalid: a command is accepted with events or refused under a rule without an event, and
 * what the rules guarantee about decisions holds for every decision taken: four eyes (V6), authority (V5), risk (V4)
 * and exclusion (V3), judged on the history alone.
 */
class VettingCommandSequencesTest {

    private static final LocalDate TODAY = VettingTestData.DECIDED_ON;

    private static final Map<VettingStatus, Set<VettingStatus>> ALLOWED_MOVES = Map.of(
            OPEN, EnumSet.of(OPEN, CLEARED, CLEARED_WITH_CONDITIONS, REJECTED),
            REOPENED, EnumSet.of(REOPENED, CLEARED, CLEARED_WITH_CONDITIONS, REJECTED),
            CLEARED, EnumSet.of(CLEARED, REOPENED),
            CLEARED_WITH_CONDITIONS, EnumSet.of(CLEARED_WITH_CONDITIONS, REOPENED),
            REJECTED, EnumSet.of(REJECTED, REOPENED));

    private static final List<UserId> PEOPLE = List.of(new UserId("officer"), new UserId("analyst"), PROPOSER,
            new UserId("rep-sen"), new UserId("rd-wca"), new UserId("committee"));
    private static final List<Approver> APPROVERS = List.of(
            Approver.of(new UserId("rd-wca"), new OfficeCode("RO-WCA"), false),
            Approver.of(new UserId("committee"), new OfficeCode("HQ"), true),
            Approver.of(new UserId("rep-sen"), new OfficeCode("CO-SEN"), false),
            Approver.of(new UserId("officer"), new OfficeCode("HQ"), true),
            Approver.of(PROPOSER, new OfficeCode("HQ"), true));
    private static final List<String> MATCHES = List.of("KPe.001", "KPe.002");

    @Property(tries = 100)
    void every_command_is_accepted_with_events_or_refused_under_a_rule_and_decisions_keep_the_rules(
            @ForAll("openings") OpenVetting opening, @ForAll("steps") List<Dice> steps) {
        CommandSequence<Vetting> vetting = new CommandSequence<>(VettingTestData::fixture);
        assertThat(vetting.send(opening).accepted()).isTrue();
        String furthest = "open";
        for (Dice dice : steps) {
            Object command = constructed(() -> dice.face(11) < 50 ? onward(dice, opening.tier(), vetting.history())
                    : command(dice, opening.tier()));
            if (command == null) {
                continue;
            }
            VettingStatus before = status(vetting.state());
            CommandSequence.Outcome outcome = vetting.send(command);
            if (outcome.accepted()) {
                VettingStatus after = status(vetting.state());
                assertThat(ALLOWED_MOVES.get(before)).as("move from %s after %s", before, command).contains(after);
                for (Object event : outcome.events()) {
                    if (event instanceof VettingDecided decided) {
                        keepsTheRules(decided, vetting.history());
                    }
                }
                if (after == REOPENED || after.isDecided() && !furthest.equals("reopened")) {
                    furthest = after == REOPENED ? "reopened" : "decided";
                }
            }
        }
        Statistics.label("furthest status").collect(furthest);
        Statistics.label("furthest status").coverage(coverage -> {
            coverage.check("open").percentage(percent -> percent <= 80);
            coverage.check("reopened").count(n -> n > 0);
        });
    }

    /** What V3 to V6 promise of a decision, judged on the history it was taken on. */
    private static void keepsTheRules(VettingDecided decided, List<Object> history) {
        VettingOpened opened = (VettingOpened) history.get(0);
        Set<UserId> preparers = new HashSet<>();
        preparers.add(opened.partnershipProposer());
        Map<Criterion, AssessmentResult> standing = new java.util.EnumMap<>(Criterion.class);
        RiskRated risk = null;
        for (Object event : history.subList(0, history.indexOf(decided))) {
            if (event instanceof CriterionAssessed e) {
                preparers.add(e.assessedBy());
                standing.put(e.criterion(), e.result());
            } else if (event instanceof RiskRated e) {
                preparers.add(e.ratedBy());
                risk = e;
            } else if (event instanceof ScreeningMatchDismissed e) {
                preparers.add(e.dismissedBy());
            } else if (event instanceof VettingReopened e) {
                risk = null;
                e.criteriaToReassess().forEach(standing::remove);
            }
        }
        String what = "decision " + decided;
        assertThat(preparers).as("V6: four eyes, " + what).doesNotContain(decided.approvedBy());
        assertThat(standing.keySet()).as("V5: every criterion assessed, " + what)
                .containsAll(Criterion.requiredFor(opened.tier()));
        assertThat(risk).as("V5: the risk rated, " + what).isNotNull();
        assertThat(decided.riskBand()).isEqualTo(risk.band());
        if (decided.decision().clears()) {
            assertThat(risk.band()).as("V4: CRITICAL is never cleared, " + what).isNotEqualTo(RiskBand.CRITICAL);
            assertThat(standing.get(Criterion.SANCTIONS)).as("V3: " + what).isNotEqualTo(AssessmentResult.NOT_MET);
            assertThat(standing.get(Criterion.HUMAN_RIGHTS)).as("V3: " + what).isNotEqualTo(AssessmentResult.NOT_MET);
            assertThat(decided.validUntil()).as("V7: a clearance runs out, " + what).isAfter(decided.decidedOn());
        }
        if (decided.decision() == VettingDecision.CLEARED) {
            assertThat(risk.band()).as("V4: HIGH only with conditions, " + what).isNotEqualTo(RiskBand.HIGH);
            assertThat(standing.values()).as("V2: a mitigation carries its condition, " + what)
                    .doesNotContain(AssessmentResult.MITIGATED);
        }
    }

    private static VettingStatus status(Vetting vetting) {
        try {
            var field = Vetting.class.getDeclaredField("status");
            field.setAccessible(true);
            return (VettingStatus) field.get(vetting);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- generation ---------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<OpenVetting> openings() {
        return Combinators.combine(Arbitraries.of(VettingTier.class), Arbitraries.of(PartnerType.class))
                .as((tier, type) -> new OpenVetting(ID, PARTNER, "Sonatel", type, "SN", PARTNERSHIP, tier, PROPOSER,
                        new UserId("officer")));
    }

    @Provide
    Arbitrary<List<Dice>> steps() {
        return Dice.rolls().list().ofMinSize(5).ofMaxSize(30);
    }

    /**
     * What the vetting needs next, read from its history as an officer reads the vetting: a screening, the criteria
     * not yet assessed, a risk rating, the dismissal of a match, then a decision; once decided, a reopening.
     */
    private static Object onward(Dice d, VettingTier tier, List<Object> history) {
        boolean decided = false;
        boolean screened = false;
        boolean rated = false;
        Set<Criterion> assessed = EnumSet.noneOf(Criterion.class);
        Set<String> undismissed = new HashSet<>();
        for (Object event : history) {
            if (event instanceof VettingDecided) {
                decided = true;
            } else if (event instanceof VettingReopened e) {
                decided = false;
                rated = false;
                e.criteriaToReassess().forEach(assessed::remove);
                screened = screened && !e.newScreeningRequired();
            } else if (event instanceof SanctionsScreeningRecorded e) {
                screened = true;
                undismissed.clear();
                e.matches().forEach(m -> undismissed.add(m.entryReference()));
            } else if (event instanceof ScreeningMatchDismissed e) {
                undismissed.remove(e.entryReference());
            } else if (event instanceof CriterionAssessed e) {
                assessed.add(e.criterion());
            } else if (event instanceof RiskRated) {
                rated = true;
            }
        }
        List<Criterion> missing = Criterion.requiredFor(tier).stream().filter(c -> !assessed.contains(c)).toList();
        if (decided) {
            return command(d, tier, 5);
        }
        if (!screened) {
            return command(d, tier, 3);
        }
        if (!undismissed.isEmpty()) {
            return new DismissScreeningMatch(ID, undismissed.iterator().next(), "Another company", person(d, 4));
        }
        if (!missing.isEmpty()) {
            AssessmentResult result = d.face(2) < 85 ? AssessmentResult.MET : d.pick(3, AssessmentResult.values());
            return new AssessCriterion(ID, missing.get(0), result,
                    result == AssessmentResult.MITIGATED ? "Quarterly reports" : null, "Desk review", person(d, 7));
        }
        return command(d, tier, rated && d.face(9) < 70 ? 2 : 1);
    }

    /** Any command at all, of the kind the dice say. */
    private static Object command(Dice d, VettingTier tier) {
        return command(d, tier, d.face(10) % 7);
    }

    private static Object command(Dice d, VettingTier tier, int kind) {
        List<Criterion> criteria = Criterion.requiredFor(tier);
        return switch (kind) {
            case 0 -> {
                Criterion criterion = d.ordinary(0) ? d.pick(1, criteria) : d.pick(1, Criterion.values());
                AssessmentResult result = d.ordinary(2) ? AssessmentResult.MET : d.pick(3, AssessmentResult.values());
                boolean condition = (result == AssessmentResult.MITIGATED) == d.ordinary(4);
                yield new AssessCriterion(ID, criterion, result, condition ? "Quarterly reports" : null,
                        d.ordinary(5) ? "Desk review" : d.pick(6, "", " ", null), person(d, 7));
            }
            case 1 -> new RateRisk(ID, score(d, 0), score(d, 2), score(d, 4), person(d, 6));
            case 2 -> {
                VettingDecision decision = d.pick(0, VettingDecision.values());
                boolean conditions = (decision == VettingDecision.CLEARED_WITH_CONDITIONS) == d.ordinary(1);
                yield new DecideVetting(ID, decision, d.ordinary(2) ? List.of("All met") : d.pick(3, List.of(),
                        Arrays.asList(" ", "")), conditions ? List.of("Reports") : List.of(),
                        d.ordinary(4) ? d.pick(5, APPROVERS.subList(0, 2)) : d.pick(5, APPROVERS), date(d, 6));
            }
            case 3 -> {
                List<ScreeningMatch> matches = new ArrayList<>();
                for (int i = 0; i < d.face(0) % 3; i++) {
                    matches.add(new ScreeningMatch(d.pick(1 + i, MATCHES), "ENTITY", "SONATEL TRADING",
                            "Sonatel", 0.9, List.of()));
                }
                yield new RecordSanctionsScreening(ID, new ScreeningResult(d.ordinary(3) ? "UN list" : d.pick(4, "", null),
                        "2025-02-20", VettingTestData.SCREENED_AT, 0.85, "Sonatel", d.ordinary(5) ? matches : null));
            }
            case 4 -> new DismissScreeningMatch(ID, d.ordinary(0) ? d.pick(1, MATCHES) : d.pick(1, "KPe.009", " "),
                    d.ordinary(2) ? "Another company" : d.pick(3, "", null), person(d, 4));
            case 5 -> new ReopenVetting(ID, d.pick(0, ReopeningReason.values()),
                    d.ordinary(1) ? "Adverse media" : d.pick(2, "", null), person(d, 3));
            default -> new RecordClearanceReuse(ID, new PartnershipId("p-" + d.face(0) % 3),
                    d.pick(1, VettingTier.values()), date(d, 2));
        };
    }

    private static UserId person(Dice d, int i) {
        return d.pick(i, PEOPLE.subList(0, 2)) == PEOPLE.get(0) && d.ordinary(i + 1) ? PEOPLE.get(0)
                : d.pick(i + 1, PEOPLE);
    }

    private static RiskScore score(Dice d, int i) {
        return d.ordinary(i) ? new RiskScore(1 + d.face(i) % 3, 1 + d.face(i + 1) % 3)
                : new RiskScore(d.face(i) % 7, d.face(i + 1) % 7);
    }

    private static LocalDate date(Dice d, int i) {
        return d.ordinary(i) ? TODAY : d.pick(i + 1, TODAY.minusYears(3), TODAY.plusYears(3), LocalDate.MIN,
                LocalDate.MAX, null);
    }
}
