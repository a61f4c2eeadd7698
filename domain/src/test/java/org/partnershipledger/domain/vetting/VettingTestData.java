package org.partnershipledger.domain.vetting;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.RuleViolationMatchers;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.commands.AssessCriterion;
import org.partnershipledger.domain.vetting.commands.DecideVetting;
import org.partnershipledger.domain.vetting.commands.DismissScreeningMatch;
import org.partnershipledger.domain.vetting.commands.OpenVetting;
import org.partnershipledger.domain.vetting.commands.RateRisk;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * The vettings, histories and commands the fixture tests share. The story: the Senegal country office proposed a
 * partnership with Sonatel, a Senegalese company; an officer screens and assesses it, an analyst rates the risk,
 * and an approver with authority for the tier decides on 1 March 2025.
 */
final class VettingTestData {

    static final VettingId ID = new VettingId("v-1");
    static final PartnerId PARTNER = new PartnerId("sonatel");
    static final String PARTNER_NAME = "Sonatel";
    static final PartnershipId PARTNERSHIP = new PartnershipId("p-1");
    static final PartnershipId SECOND_PARTNERSHIP = new PartnershipId("p-2");
    static final PartnershipId THIRD_PARTNERSHIP = new PartnershipId("p-3");

    static final UserId PROPOSER = new UserId("proposer");
    static final UserId OFFICER = new UserId("officer");
    static final UserId ANALYST = new UserId("analyst");
    static final UserId SECOND_OFFICER = new UserId("second-officer");

    static final Approver COUNTRY_APPROVER = Approver.of(new UserId("rep-sen"), new OfficeCode("CO-SEN"), false);
    static final Approver REGIONAL_APPROVER = Approver.of(new UserId("rd-wca"), new OfficeCode("RO-WCA"), false);
    static final Approver HQ_DIRECTOR = Approver.of(new UserId("hq-director"), new OfficeCode("HQ"), false);
    static final Approver COMMITTEE = Approver.of(new UserId("committee"), new OfficeCode("HQ"), true);

    static final LocalDate DECIDED_ON = LocalDate.of(2025, 3, 1);
    /** 24 months from {@link #DECIDED_ON}, the last day included. */
    static final LocalDate VALID_UNTIL = LocalDate.of(2027, 2, 28);
    static final List<String> REASONS = List.of("Every criterion met, low risk");
    static final List<String> CONDITIONS = List.of("Quarterly reports on the use of funds");

    static final String LIST = "UN Security Council Consolidated List";
    static final String LIST_VERSION = "2025-02-20T10:00:00";
    static final Instant SCREENED_AT = Instant.parse("2025-02-21T09:00:00Z");

    static final ScreeningMatch SONATEL_TRADING = match("KPe.001", "SONATEL TRADING LIMITED");
    static final ScreeningMatch SONA_TEL_GROUP = match("KPe.002", "SONA-TEL GROUP");

    private VettingTestData() {
    }

    static FixtureConfiguration<Vetting> fixture() {
        return fixture(RiskPolicy.DEFAULT, VettingPolicy.DEFAULT, ApprovalAuthority.DEFAULT);
    }

    static FixtureConfiguration<Vetting> fixture(RiskPolicy riskPolicy, VettingPolicy vettingPolicy,
                                                 ApprovalAuthority authority) {
        FixtureConfiguration<Vetting> fixture = new AggregateTestFixture<>(Vetting.class);
        fixture.registerInjectableResource(riskPolicy);
        fixture.registerInjectableResource(vettingPolicy);
        fixture.registerInjectableResource(authority);
        return fixture;
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

    // ---- opening ----------------------------------------------------------------------------------------------

    static OpenVetting open(VettingTier tier) {
        return new OpenVetting(ID, PARTNER, PARTNER_NAME, PartnerType.CORPORATE, "SN", PARTNERSHIP, tier, PROPOSER,
                OFFICER);
    }

    static VettingOpened opened(VettingTier tier) {
        return new VettingOpened(ID, PARTNER, PARTNER_NAME, PartnerType.CORPORATE, "SN", PARTNERSHIP, tier,
                Criterion.requiredFor(tier), PROPOSER, OFFICER);
    }

    // ---- criteria ---------------------------------------------------------------------------------------------

    static String evidenceFor(Criterion criterion) {
        return "Desk review of " + criterion + " sources";
    }

    static AssessCriterion assess(Criterion criterion, AssessmentResult result) {
        return new AssessCriterion(ID, criterion, result, null, evidenceFor(criterion), OFFICER);
    }

    static AssessCriterion mitigate(Criterion criterion, String condition) {
        return new AssessCriterion(ID, criterion, AssessmentResult.MITIGATED, condition, evidenceFor(criterion),
                OFFICER);
    }

    static CriterionAssessed assessed(Criterion criterion, AssessmentResult result) {
        return assessed(criterion, result, null);
    }

    static CriterionAssessed assessed(Criterion criterion, AssessmentResult result, AssessmentResult previous) {
        return new CriterionAssessed(ID, criterion, result, null, evidenceFor(criterion), OFFICER, previous);
    }

    static CriterionAssessed assessedBy(UserId assessor, Criterion criterion, AssessmentResult result) {
        return new CriterionAssessed(ID, criterion, result, null, evidenceFor(criterion), assessor, null);
    }

    static CriterionAssessed mitigated(Criterion criterion, String condition) {
        return new CriterionAssessed(ID, criterion, AssessmentResult.MITIGATED, condition, evidenceFor(criterion),
                OFFICER, null);
    }

    /** Every criterion of the tier assessed MET, except those listed as not assessed. */
    static List<Object> allMet(VettingTier tier, Criterion... notAssessed) {
        List<Criterion> skipped = List.of(notAssessed);
        return Criterion.requiredFor(tier).stream().filter(c -> !skipped.contains(c))
                .map(c -> (Object) assessed(c, AssessmentResult.MET)).toList();
    }

    static List<Object> allMetBy(UserId assessor, VettingTier tier) {
        return Criterion.requiredFor(tier).stream()
                .map(c -> (Object) assessedBy(assessor, c, AssessmentResult.MET)).toList();
    }

    // ---- screening --------------------------------------------------------------------------------------------

    static ScreeningMatch match(String reference, String listedName) {
        return new ScreeningMatch(reference, "ENTITY", listedName, listedName, 0.91, List.of());
    }

    static ScreeningResult screeningResult(ScreeningMatch... matches) {
        return new ScreeningResult(LIST, LIST_VERSION, SCREENED_AT, 0.85, PARTNER_NAME, List.of(matches));
    }

    static RecordSanctionsScreening screen(ScreeningMatch... matches) {
        return new RecordSanctionsScreening(ID, screeningResult(matches));
    }

    static SanctionsScreeningRecorded screened(ScreeningMatch... matches) {
        return screenedOn(LIST_VERSION, matches);
    }

    static SanctionsScreeningRecorded screenedOn(String listVersion, ScreeningMatch... matches) {
        return new SanctionsScreeningRecorded(ID, PARTNER, LIST, listVersion, SCREENED_AT, 0.85, PARTNER_NAME,
                List.of(matches));
    }

    static DismissScreeningMatch dismiss(ScreeningMatch match) {
        return new DismissScreeningMatch(ID, match.entryReference(), justificationFor(match), OFFICER);
    }

    static ScreeningMatchDismissed dismissed(ScreeningMatch match) {
        return dismissedBy(OFFICER, match);
    }

    static ScreeningMatchDismissed dismissedBy(UserId officer, ScreeningMatch match) {
        return new ScreeningMatchDismissed(ID, LIST, LIST_VERSION, match.entryReference(), match.listedName(),
                match.matchedName(), match.score(), justificationFor(match), officer);
    }

    static String justificationFor(ScreeningMatch match) {
        return match.listedName() + " is registered in another country with other directors";
    }

    // ---- risk -------------------------------------------------------------------------------------------------

    static RiskScore score(int likelihood, int impact) {
        return new RiskScore(likelihood, impact);
    }

    /** A rating whose highest risk is reputational, {@code likelihood} × {@code impact}. */
    static RateRisk rate(int likelihood, int impact) {
        return new RateRisk(ID, score(likelihood, impact), score(1, 2), score(2, 1), ANALYST);
    }

    static RiskRated rated(int likelihood, int impact, RiskBand band) {
        return ratedBy(ANALYST, likelihood, impact, band);
    }

    static RiskRated ratedBy(UserId analyst, int likelihood, int impact, RiskBand band) {
        return new RiskRated(ID, score(likelihood, impact), score(1, 2), score(2, 1), likelihood * impact, band,
                analyst);
    }

    static RiskRated ratedLow() {
        return rated(2, 2, RiskBand.LOW);
    }

    static RiskRated ratedMedium() {
        return rated(3, 3, RiskBand.MEDIUM);
    }

    static RiskRated ratedHigh() {
        return rated(4, 4, RiskBand.HIGH);
    }

    static RiskRated ratedCritical() {
        return rated(5, 4, RiskBand.CRITICAL);
    }

    // ---- decision ---------------------------------------------------------------------------------------------

    static Approver approverFor(VettingTier tier) {
        return switch (tier) {
            case LIGHT -> COUNTRY_APPROVER;
            case STANDARD -> REGIONAL_APPROVER;
            case ENHANCED -> COMMITTEE;
        };
    }

    /** Opened, screened clean, every criterion met and the risk rated LOW: ready for a decision. */
    static List<Object> readyToDecide(VettingTier tier) {
        return history(opened(tier), screened(), allMet(tier), ratedLow());
    }

    static DecideVetting decide(VettingDecision decision, Approver approver) {
        return new DecideVetting(ID, decision,
                decision == VettingDecision.REJECTED ? List.of("Not a partner the agency can engage") : REASONS,
                decision == VettingDecision.CLEARED_WITH_CONDITIONS ? CONDITIONS : List.of(), approver, DECIDED_ON);
    }

    static DecideVetting clear(VettingTier tier) {
        return decide(VettingDecision.CLEARED, approverFor(tier));
    }

    static VettingDecided decided(VettingTier tier, VettingDecision decision, RiskBand band,
                                  PartnershipId... reliedOnBy) {
        DecideVetting command = decide(decision, approverFor(tier));
        return new VettingDecided(ID, PARTNER, PARTNERSHIP, tier, decision, command.reasons(), command.conditions(),
                band, DECIDED_ON, decision.clears() ? VALID_UNTIL : null, command.approver().userId(),
                reliedOnBy.length == 0 ? List.of(PARTNERSHIP) : List.of(reliedOnBy));
    }

    static VettingDecided cleared(VettingTier tier) {
        return decided(tier, VettingDecision.CLEARED, RiskBand.LOW);
    }

    static List<Object> clearedHistory(VettingTier tier) {
        return history(readyToDecide(tier), cleared(tier));
    }

    static List<Object> rejectedHistory(VettingTier tier) {
        return history(readyToDecide(tier), decided(tier, VettingDecision.REJECTED, RiskBand.LOW));
    }

    static ClearanceReused reused(VettingTier tier, PartnershipId partnership, VettingTier needed, LocalDate on) {
        return new ClearanceReused(ID, PARTNER, partnership, tier, needed, VettingDecision.CLEARED, List.of(),
                VALID_UNTIL, on);
    }

    // ---- reopening --------------------------------------------------------------------------------------------

    static ReopenVetting reopen(ReopeningReason reason) {
        return new ReopenVetting(ID, reason, informationOn(reason), OFFICER);
    }

    static String informationOn(ReopeningReason reason) {
        return switch (reason) {
            case ADVERSE_MEDIA -> "Press reports of forced evictions at a company site";
            case SANCTIONS_LISTING -> "A subsidiary appears in the 12 May list update";
            case OTHER -> "A whistle-blower report on procurement";
        };
    }

    static VettingReopened reopened(VettingTier tier, ReopeningReason reason, VettingDecision previous,
                                    PartnershipId... affected) {
        ReopeningRequirements redo = ReopeningRequirements.of(reason, Criterion.requiredFor(tier));
        return new VettingReopened(ID, PARTNER, reason, informationOn(reason), OFFICER, previous,
                redo.newScreeningRequired(), redo.criteriaToReassess(),
                affected.length == 0 ? List.of(PARTNERSHIP) : List.of(affected));
    }

    // ---- assertions -------------------------------------------------------------------------------------------

    /** A refusal under {@code rule} that names exactly these parts in {@link RuleViolation#violations()}. */
    static Matcher<RuleViolation> violationNaming(Rule rule, String... parts) {
        return RuleViolationMatchers.violationNaming(rule, parts);
    }

    /** The message of a refusal under {@code rule}: it starts with the rule and says each of these things. */
    static Matcher<String> refusal(Rule rule, String... fragments) {
        List<Matcher<? super String>> matchers = new ArrayList<>();
        matchers.add(startsWith(rule + ": "));
        for (String fragment : fragments) {
            matchers.add(containsString(fragment));
        }
        return allOf(matchers);
    }
}
