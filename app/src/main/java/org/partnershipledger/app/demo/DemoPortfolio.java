package org.partnershipledger.app.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.application.vetting.PartnerVettingPolicy;
import org.partnershipledger.application.vetting.SanctionsScreening;
import org.partnershipledger.application.identity.Role;
import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.AgreementTerms;
import org.partnershipledger.domain.partnership.AspectAssessment;
import org.partnershipledger.domain.partnership.CommitmentAssessment;
import org.partnershipledger.domain.partnership.CorrectiveAction;
import org.partnershipledger.domain.partnership.CorrectiveActionId;
import org.partnershipledger.domain.partnership.CorrectivePlanId;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.FinalEvaluation;
import org.partnershipledger.domain.partnership.FunctioningAssessment;
import org.partnershipledger.domain.partnership.FunctioningRating;
import org.partnershipledger.domain.partnership.NextStep;
import org.partnershipledger.domain.partnership.PartnerContribution;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.ResponsibleParty;
import org.partnershipledger.domain.partnership.ReviewId;
import org.partnershipledger.domain.partnership.ReviewProgress;
import org.partnershipledger.domain.partnership.ReviewRecommendation;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.partnership.commands.AgreeCorrectiveActionPlan;
import org.partnershipledger.domain.partnership.commands.ConcludeAgreement;
import org.partnershipledger.domain.partnership.commands.ConcludePartnership;
import org.partnershipledger.domain.partnership.commands.DiscontinuePartnership;
import org.partnershipledger.domain.partnership.commands.ProposePartnership;
import org.partnershipledger.domain.partnership.commands.RecordReview;
import org.partnershipledger.domain.partnership.events.VettingOutcomeRecorded;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.Approver;
import org.partnershipledger.domain.vetting.AssessmentResult;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.RiskScore;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingId;
import org.partnershipledger.domain.vetting.commands.AssessCriterion;
import org.partnershipledger.domain.vetting.commands.DecideVetting;
import org.partnershipledger.domain.vetting.commands.OpenVetting;
import org.partnershipledger.domain.vetting.commands.RateRisk;
import org.partnershipledger.domain.vetting.commands.RecordSanctionsScreening;
import org.partnershipledger.domain.vetting.events.VettingOpened;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A portfolio drawn from the source documents, in varied states: Tostan's community-led programme (agreed, reviewed,
 * its next review overdue), the Measles Initiative (under correction, one corrective action overdue), a corporate
 * resource-mobilization partnership (discontinued), RapidSMS with Columbia University (concluded), a media
 * collaboration without funds (agreed, reviewed) and a youth group's small grant (proposed, its vetting open). The
 * company and the broadcaster are fictitious. Dates are set relative to today so that the calendar always has
 * something due and something overdue.
 *
 * <p>Every partner goes through vetting as the service does it: the proposal makes the vetting process open and screen
 * a vetting per partner, which the seeder waits for; the vetting officer {@code vetter} assesses every criterion of the
 * tier and rates the risk, and an approver with the tier's authority who did neither decides (four eyes, V6); the
 * process then records the clearance on the partnership, which the seeder waits for before the agreement. Decisions
 * are dated before the agreement they clear (back-entered, like the agreements and reviews), so that each history
 * reads in order; P3 asks only that the clearance is still valid on the signing date, which it is.
 */
final class DemoPortfolio {

    /** The first partnership seeded; its presence means the portfolio is already there. */
    static final PartnershipId TOSTAN = new PartnershipId("d0000000-0000-4000-8000-000000000001");
    static final PartnershipId MEASLES = new PartnershipId("d0000000-0000-4000-8000-000000000002");
    static final PartnershipId SAFE_WATER = new PartnershipId("d0000000-0000-4000-8000-000000000003");
    static final PartnershipId RAPID_SMS = new PartnershipId("d0000000-0000-4000-8000-000000000004");
    static final PartnershipId RADIO = new PartnershipId("d0000000-0000-4000-8000-000000000005");
    static final PartnershipId YOUTH = new PartnershipId("d0000000-0000-4000-8000-000000000006");

    /** The vetting the officer opens at ENHANCED once the company's own contribution is known. */
    static final VettingId SAFE_WATER_ENHANCED = new VettingId("d1000000-0000-4000-8000-000000000003");

    /** How long the seeder waits for the vetting process to open a vetting or to record a decision. */
    private static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(10);

    private final CommandGateway commands;
    private final EventStore events;
    private final SanctionsScreening screening;
    private final LocalDate today;

    DemoPortfolio(CommandGateway commands, EventStore events, SanctionsScreening screening, LocalDate today) {
        this.commands = commands;
        this.events = events;
        this.screening = screening;
        this.today = today;
    }

    void seed() {
        tostan();
        measlesInitiative();
        safeWaterInSchools();
        rapidSms();
        radioCollaboration();
        youthGroupGrant();
    }

    private void tostan() {
        PartnerProfile tostan = partner("demo-tostan", "Tostan", PartnerType.CSO, "SN", "SN-DKR-1991-B-112");
        ActingAs officer = officer("officer", "CO-SEN");
        Money transfer = usd("250000");
        officer.send(propose(TOSTAN, officer, "Community-led abandonment of harmful practices",
                "Support communities in Senegal that choose, village by village, to publicly abandon female genital "
                        + "mutilation/cutting and child marriage.",
                PartnershipForm.FORMAL_PARTNERSHIP, AgencyRole.PARTNER, Scope.NATIONAL, transfer, tostan));
        vet(approver("approver-regional", "RO-WCA"), TOSTAN, daysAgo(420), tostan);
        officer.send(new ConcludeAgreement(TOSTAN, daysAgo(400), formalTerms(daysAgo(390), daysAgo(390).plusYears(3),
                List.of("Communities in 200 villages publicly declare abandonment"),
                contribution(tostan, "Community empowerment programme and facilitators", "Implementing partner"))));
        review(officer, TOSTAN, "tostan-review-1", daysAgo(200), ReviewProgress.ON_TRACK, ReviewRecommendation.CONTINUE,
                "Forty-two villages declared abandonment; community management committees meet monthly.", tostan);
    }

    private void measlesInitiative() {
        PartnerProfile redCross = partner("demo-american-red-cross", "American Red Cross", PartnerType.CSO, "US", null);
        PartnerProfile unFoundation = partner("demo-un-foundation", "United Nations Foundation", PartnerType.FOUNDATION,
                "US", null);
        PartnerProfile cdc = partner("demo-cdc", "Centers for Disease Control and Prevention", PartnerType.OTHER, "US",
                null);
        PartnerProfile who = partner("demo-who", "World Health Organization", PartnerType.UN_ENTITY, "CH", null);
        ActingAs officer = officer("officer", "CO-SEN");
        Money transfer = usd("1500000");
        officer.send(propose(MEASLES, officer, "Measles Initiative: catch-up vaccination in Senegal",
                "Reduce measles deaths through catch-up campaigns, surveillance and routine immunization.",
                PartnershipForm.FORMAL_PARTNERSHIP, AgencyRole.CONVENER, Scope.NATIONAL, transfer,
                redCross, unFoundation, cdc, who));
        vet(committee(), MEASLES, daysAgo(320), redCross, unFoundation, cdc, who);
        officer.send(new ConcludeAgreement(MEASLES, daysAgo(300), formalTerms(daysAgo(290), daysAgo(290).plusYears(3),
                List.of("Measles vaccination coverage of at least 95% in every district"),
                contribution(redCross, "Social mobilization volunteers", "Community mobilization"),
                contribution(unFoundation, "Advocacy and resource mobilization", "Fund-raising"),
                contribution(cdc, "Laboratory and surveillance expertise", "Technical support"),
                contribution(who, "Vaccination campaign planning", "Technical lead"))));
        PartnerProfile[] all = {redCross, unFoundation, cdc, who};
        review(officer, MEASLES, "measles-review-1", daysAgo(130), ReviewProgress.SOME_PROGRESS,
                ReviewRecommendation.CONTINUE, "Coverage rose in the north; the south lags behind.", all);
        review(officer, MEASLES, "measles-review-2", daysAgo(20), ReviewProgress.LITTLE_OR_NO_PROGRESS,
                ReviewRecommendation.CORRECTIVE_ACTION,
                "Cold-chain failures stopped the campaign in three southern districts.", all);
        officer.send(new AgreeCorrectiveActionPlan(MEASLES, new CorrectivePlanId("measles-plan-1"), List.of(
                new CorrectiveAction(new CorrectiveActionId("measles-action-1"),
                        "Re-plan the catch-up campaign in the three lagging districts", ResponsibleParty.agency(),
                        daysAgo(3)),
                new CorrectiveAction(new CorrectiveActionId("measles-action-2"),
                        "Restore cold-chain capacity for vaccine storage", ResponsibleParty.partner(who.partnerId()),
                        today.plusDays(25))),
                null, null, daysAgo(12)));
    }

    private void safeWaterInSchools() {
        PartnerProfile company = partner("demo-sahel-beverages", "Sahel Beverages SA (fictitious)",
                PartnerType.CORPORATE, "SN", "SN-DKR-2004-B-7731");
        ActingAs officer = officer("officer", "CO-SEN");
        officer.send(propose(SAFE_WATER, officer, "Safe water in schools: resource mobilization",
                "Mobilize a company's funds and logistics to equip rural schools with safe water points.",
                PartnershipForm.FORMAL_PARTNERSHIP, AgencyRole.PARTNER, Scope.NATIONAL, null, company));
        // The agency transfers nothing, so the process vets the company at STANDARD; the company's own USD 500,000
        // then needs ENHANCED due diligence (V1), which the vetting officer opens before the agreement.
        vet(approver("approver-regional", "RO-WCA"), SAFE_WATER, daysAgo(540), company);
        ActingAs vetter = vetter();
        vetter.send(new OpenVetting(SAFE_WATER_ENHANCED, company.partnerId(), company.name(), company.type(),
                company.country(), SAFE_WATER, VettingTier.ENHANCED, new UserId("officer"), new UserId(vetter.userId())));
        vetter.send(new RecordSanctionsScreening(SAFE_WATER_ENHANCED,
                screening.screen(company.name(), company.country())));
        decide(committee(), SAFE_WATER_ENHANCED, Criterion.requiredFor(VettingTier.ENHANCED), daysAgo(520));
        awaitOutcome(SAFE_WATER, SAFE_WATER_ENHANCED);
        officer.send(new ConcludeAgreement(SAFE_WATER, daysAgo(500), formalTerms(daysAgo(490), daysAgo(490).plusYears(2),
                List.of("Safe water points in 120 rural schools"),
                new PartnerContribution(company.partnerId(), usd("500000"), "Delivery trucks for equipment",
                        "Donor", "Fund and deliver the water-point equipment"))));
        review(officer, SAFE_WATER, "safe-water-review-1", daysAgo(320), ReviewProgress.SOME_PROGRESS,
                ReviewRecommendation.CONTINUE, "Sixty schools equipped; maintenance plans pending.", company);
        officer.send(new DiscontinuePartnership(SAFE_WATER, DiscontinuationReason.CHANGED_CONTEXT,
                "The Ministry of Education took school water points into its national water and sanitation plan, so "
                        + "the partnership's purpose is now met by the government programme.",
                null, daysAgo(30), List.of("Hand the maintenance records of the 60 equipped schools to the ministry",
                "Report the results to the company in the annual donor report")));
    }

    private void rapidSms() {
        PartnerProfile columbia = partner("demo-columbia", "Columbia University", PartnerType.KNOWLEDGE, "US", null);
        ActingAs officer = officer("demo.officer.mwi", "CO-MWI");
        Money transfer = usd("80000");
        officer.send(propose(RAPID_SMS, officer, "RapidSMS: SMS data collection for nutrition surveillance",
                "Use basic mobile phones and text messages to collect quality data from the field, as an early "
                        + "warning of famine through monitoring of undernutrition in children under five.",
                PartnershipForm.FORMAL_PARTNERSHIP, AgencyRole.FACILITATOR, Scope.NATIONAL, transfer, columbia));
        vet(approver("approver-regional", "RO-WCA"), RAPID_SMS, daysAgo(920), columbia);
        officer.send(new ConcludeAgreement(RAPID_SMS, daysAgo(900), formalTerms(daysAgo(890), daysAgo(30),
                List.of("Growth-monitoring data from 500 health centres reaches the ministry within a week"),
                contribution(columbia, "Graduate students and open-source software development", "Developer"))));
        review(officer, RAPID_SMS, "rapidsms-review-1", daysAgo(700), ReviewProgress.ON_TRACK,
                ReviewRecommendation.CONTINUE, "Pilot districts report weekly.", columbia);
        review(officer, RAPID_SMS, "rapidsms-review-2", daysAgo(400), ReviewProgress.ON_TRACK,
                ReviewRecommendation.CONCLUDE, "National roll-out complete; the ministry operates the system.", columbia);
        officer.send(new ConcludePartnership(RAPID_SMS, new FinalEvaluation(List.of(columbia.partnerId()),
                List.of("Reporting delays fell from months to days", "Data quality met the ministry's standard"),
                List.of("Open-source code let the ministry adapt the system without the university")),
                List.of("The Ministry of Health runs the servers and the helpdesk",
                        "The source code is published under an open licence"),
                NextStep.INSTITUTIONALIZE, daysAgo(20)));
    }

    private void radioCollaboration() {
        PartnerProfile radio = partner("demo-radio-sahel", "Radio Sahel Voices (fictitious)", PartnerType.MEDIA, "SN",
                null);
        ActingAs officer = officer("officer", "CO-SEN");
        officer.send(propose(RADIO, officer, "Birth registration awareness on community radio",
                "Raise public awareness of free birth registration through weekly radio programmes.",
                PartnershipForm.COLLABORATIVE_RELATIONSHIP, AgencyRole.FACILITATOR, Scope.LOCAL, null, radio));
        vet(approver("approver-country", "CO-SEN"), RADIO, daysAgo(170), radio);
        officer.send(new ConcludeAgreement(RADIO, daysAgo(150), new AgreementTerms(
                List.of("Every family in the listening area knows that birth registration is free"), null,
                List.of(new PartnerContribution(radio.partnerId(), null, null, "Broadcaster",
                        "Produce and air a weekly programme")),
                null, null, null, null, null, null)));
        review(officer, RADIO, "radio-review-1", daysAgo(10), ReviewProgress.SOME_PROGRESS,
                ReviewRecommendation.CONTINUE, "Twenty programmes aired; registrations up in two communes.", radio);
    }

    private void youthGroupGrant() {
        PartnerProfile youth = partner("demo-jeunes-verts", "Jeunes Verts de Thiès (fictitious)", PartnerType.CSO, "SN",
                null);
        ActingAs officer = officer("officer", "CO-SEN");
        officer.send(propose(YOUTH, officer, "Youth-led rainwater harvesting pilots",
                "A small grant for a youth group to build and maintain rainwater harvesting at five schools.",
                PartnershipForm.FORMAL_PARTNERSHIP, AgencyRole.PARTNER, Scope.LOCAL, usd("8000"), youth));
    }

    private ProposePartnership propose(PartnershipId id, ActingAs officer, String title, String purpose,
                                       PartnershipForm form, AgencyRole role, Scope scope, Money transfer,
                                       PartnerProfile... partners) {
        return new ProposePartnership(id, title, purpose, form, role, scope, transfer, List.of(partners),
                new OfficeCode(officer.office()), new UserId(officer.userId()));
    }

    /**
     * Vets each partner through the vetting the process opened for it, decided on {@code decidedOn} by
     * {@code approver}, and waits until the process has recorded every clearance on the partnership.
     */
    private void vet(ActingAs approver, PartnershipId id, LocalDate decidedOn, PartnerProfile... partners) {
        List<VettingId> vettings = Arrays.stream(partners)
                .map(partner -> PartnerVettingPolicy.vettingIdFor(id, partner.partnerId())).toList();
        for (VettingId vetting : vettings) {
            decide(approver, vetting, awaitOpened(vetting).requiredCriteria(), decidedOn);
        }
        vettings.forEach(vetting -> awaitOutcome(id, vetting));
    }

    /** Every criterion MET and the risk LOW, found by the vetting officer; cleared by an approver who found nothing. */
    private void decide(ActingAs approver, VettingId vetting, List<Criterion> criteria, LocalDate decidedOn) {
        ActingAs vetter = vetter();
        UserId vetterId = new UserId(vetter.userId());
        for (Criterion criterion : criteria) {
            vetter.send(new AssessCriterion(vetting, criterion, AssessmentResult.MET, null,
                    "Demo: desk review of public sources and the partner's own documents found nothing against "
                            + criterion, vetterId));
        }
        vetter.send(new RateRisk(vetting, new RiskScore(1, 3), new RiskScore(2, 2), new RiskScore(1, 2), vetterId));
        approver.send(new DecideVetting(vetting, VettingDecision.CLEARED,
                List.of("Every criterion met, low risk on every count"), List.of(),
                Approver.of(new UserId(approver.userId()), new OfficeCode(approver.office()),
                        approver.role() == Role.DUE_DILIGENCE_COMMITTEE), decidedOn));
    }

    /** The proposal's vetting, once the process has opened (and, in the same step, screened) it. */
    private VettingOpened awaitOpened(VettingId vetting) {
        return (VettingOpened) await("vetting " + vetting + " to be opened",
                () -> events.readEvents(vetting.value()).asStream().findFirst()).getPayload();
    }

    private void awaitOutcome(PartnershipId id, VettingId vetting) {
        await("the outcome of vetting " + vetting + " on partnership " + id, () -> events.readEvents(id.value())
                .asStream()
                .filter(event -> event.getPayload() instanceof VettingOutcomeRecorded outcome
                        && outcome.vettingId().equals(vetting.value()))
                .findFirst());
    }

    /** The vetting process runs on its own processor: the seeder polls the event store for what it did. */
    private static DomainEventMessage<?> await(String what, Supplier<Optional<? extends DomainEventMessage<?>>> probe) {
        Instant deadline = Instant.now().plus(PROCESS_TIMEOUT);
        while (true) {
            Optional<? extends DomainEventMessage<?>> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the vetting process did not bring " + what + " within "
                        + PROCESS_TIMEOUT.toSeconds() + " s; is the vetting-process processor running?");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }

    private void review(ActingAs officer, PartnershipId id, String reviewId, LocalDate on, ReviewProgress progress,
                        ReviewRecommendation recommendation, String summary, PartnerProfile... partners) {
        List<PartnerId> heard = Arrays.stream(partners).map(PartnerProfile::partnerId).toList();
        FunctioningRating rating = progress == ReviewProgress.LITTLE_OR_NO_PROGRESS
                ? FunctioningRating.NEEDS_ATTENTION : FunctioningRating.WORKS_WELL;
        AspectAssessment aspect = new AspectAssessment(rating, null);
        officer.send(new RecordReview(id, new ReviewId(reviewId), on, progress,
                new FunctioningAssessment(aspect, aspect, aspect, aspect, aspect), true,
                "The joint results justify the cost of coordination.", heard,
                heard.stream().map(partner -> new CommitmentAssessment(partner, true, null)).toList(),
                recommendation, summary));
    }

    private static AgreementTerms formalTerms(LocalDate start, LocalDate end, List<String> indicators,
                                              PartnerContribution... contributions) {
        return new AgreementTerms(List.of("Deliver the results of the programme document"),
                List.of("Quarterly activity plan agreed by all partners"), List.of(contributions), start, end, 6,
                "Quarterly joint monitoring visits and an annual results report", indicators,
                "Not continued if results stall for two consecutive reviews or a partner breaches the guiding "
                        + "principles");
    }

    private static PartnerContribution contribution(PartnerProfile partner, String inKind, String role) {
        return new PartnerContribution(partner.partnerId(), null, inKind, role, "As set out in the work plan");
    }

    private static PartnerProfile partner(String id, String name, PartnerType type, String country,
                                          String registration) {
        return new PartnerProfile(new PartnerId(id), name, type, country, registration, EngagementLevel.ACTIVE);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    private ActingAs officer(String user, String office) {
        return new ActingAs(commands, user, office, Role.PARTNERSHIP_OFFICER);
    }

    private ActingAs approver(String user, String office) {
        return new ActingAs(commands, user, office, Role.APPROVER);
    }

    private ActingAs vetter() {
        return new ActingAs(commands, "vetter", "CO-SEN", Role.VETTING_OFFICER);
    }

    private ActingAs committee() {
        return new ActingAs(commands, "committee", "HQ", Role.DUE_DILIGENCE_COMMITTEE);
    }
}
