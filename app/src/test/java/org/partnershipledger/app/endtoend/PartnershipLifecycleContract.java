package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.app.support.VettingSteps;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partnerships driven through their whole life over real HTTP, as officers, vetting officers and approvers would, with
 * the read models checked at every step. Partners are cleared through the vettings the vetting process opens. Run once
 * per database by its subclasses.
 */
@SpringBootTest(classes = {PartnershipLedgerApplication.class, PartnershipLifecycleContract.TestClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"default", "test"})
abstract class PartnershipLifecycleContract {

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    VettingSteps vettings;
    LocalDate today;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        vettings = new VettingSteps(api, id -> jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(id).query(Long.class).single() > 0);
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void a_partnership_goes_from_proposal_through_agreement_and_review_to_conclusion() {
        String partnership = propose("tostan");
        assertThat(view(partnership, 0).get("status").asText()).isEqualTo("PROPOSED");

        String vetting = vettings.clear(partnership, "tostan", VettingTier.STANDARD);
        JsonNode vetted = api.getEventually("officer", "/api/partnerships/" + partnership,
                response -> response.json().get("status").asText().equals("VETTED")).json();
        assertThat(vetted.get("status").asText()).isEqualTo("VETTED");
        JsonNode clearance = vetted.get("partners").get(0).get("vetting");
        assertThat(clearance.get("vettingId").asText()).isEqualTo(vetting);
        assertThat(clearance.get("tier").asText()).isEqualTo("STANDARD");
        assertThat(clearance.get("reusedClearance").asBoolean()).isFalse();
        assertThat(clearance.get("validUntil").asText()).isEqualTo(today.plusMonths(24).minusDays(1).toString());

        Response agreement = command("officer", partnership, "/agreement", agreement("tostan", today.minusDays(60)));
        JsonNode agreed = after(partnership, agreement);
        assertThat(agreed.get("status").asText()).isEqualTo("AGREED");
        assertThat(agreed.get("agreement").get("signedOn").asText()).isEqualTo(today.minusDays(60).toString());
        assertThat(agreed.get("nextReviewDue").asText()).isEqualTo(today.minusDays(50).plusMonths(6).toString());

        Response reviewed = command("officer", partnership, "/reviews",
                review("tostan", "review-1", today.minusDays(5), "ON_TRACK", "CONTINUE"));
        assertThat(reviewed.status()).isEqualTo(201);
        assertThat(reviewed.header("Location")).isEqualTo("/api/partnerships/" + partnership + "/reviews/review-1");
        JsonNode afterReview = after(partnership, reviewed);
        assertThat(afterReview.get("reviews").get(0).get("progress").asText()).isEqualTo("ON_TRACK");
        assertThat(afterReview.get("nextReviewDue").asText()).isEqualTo(today.minusDays(5).plusMonths(6).toString());

        JsonNode concluded = after(partnership,
                command("officer", partnership, "/conclusion", conclusion("tostan", today)));
        assertThat(concluded.get("status").asText()).isEqualTo("CONCLUDED");
        assertThat(concluded.get("conclusion").get("nextStep").asText()).isEqualTo("SUSTAIN");
        assertThat(concluded.get("nextReviewDue").isNull()).isTrue();

        Response afterTheEnd = command("officer", partnership, "/reviews",
                review("tostan", "review-2", today, "ON_TRACK", "CONTINUE"));
        assertThat(afterTheEnd.status()).isEqualTo(422);
        assertThat(afterTheEnd.json().get("rule").asText()).isEqualTo("P10");
    }

    @Test
    void a_stalled_partnership_is_put_under_correction_and_then_discontinued_for_no_progress() {
        String partnership = propose("measles-partner");
        vettings.clear(partnership, "measles-partner", VettingTier.STANDARD);
        command("officer", partnership, "/agreement", agreement("measles-partner", today.minusDays(60)));

        Response early = command("officer", partnership, "/discontinuation", discontinuation("NO_PROGRESS"));
        assertThat(early.status()).as("NO_PROGRESS needs a poor review on record").isEqualTo(422);
        assertThat(early.json().get("rule").asText()).isEqualTo("P8");

        JsonNode underCorrection = after(partnership, command("officer", partnership, "/reviews",
                review("measles-partner", "poor-1", today.minusDays(10), "LITTLE_OR_NO_PROGRESS", "CORRECTIVE_ACTION")));
        assertThat(underCorrection.get("status").asText()).isEqualTo("UNDER_CORRECTION");
        assertThat(underCorrection.get("underCorrection").get("planDeadline").asText())
                .isEqualTo(today.minusDays(10).plusDays(30).toString());

        Response plan = command("officer", partnership, "/corrective-plans",
                correctivePlan("measles-partner", today.minusDays(5)));
        assertThat(plan.status()).isEqualTo(201);
        JsonNode withPlan = after(partnership, plan);
        assertThat(withPlan.get("openCorrectivePlan").get("planId").asText()).isEqualTo("plan-1");
        assertThat(withPlan.get("openCorrectivePlan").get("actions")).hasSize(2);

        Response secondPoorReview = command("officer", partnership, "/reviews",
                review("measles-partner", "poor-2", today.minusDays(1), "LITTLE_OR_NO_PROGRESS", "DISCONTINUE"));
        assertThat(after(partnership, secondPoorReview).get("status").asText()).isEqualTo("UNDER_CORRECTION");

        Response discontinued = command("officer", partnership, "/discontinuation", discontinuation("NO_PROGRESS"));
        assertThat(discontinued.status()).as(discontinued.toString()).isEqualTo(200);
        JsonNode ended = after(partnership, discontinued);
        assertThat(ended.get("status").asText()).isEqualTo("DISCONTINUED");
        assertThat(ended.get("discontinuation").get("reason").asText()).isEqualTo("NO_PROGRESS");
        assertThat(ended.get("discontinuation").get("continuityMeasures").get(0).asText())
                .isEqualTo("Hand the village contacts to the regional programme");
    }

    @Test
    void the_review_calendar_lists_a_review_as_overdue_once_the_clock_passes_its_due_date() {
        String partnership = propose("calendar-partner");
        vettings.clear(partnership, "calendar-partner", VettingTier.STANDARD);
        Response agreement = command("officer", partnership, "/agreement",
                agreement("calendar-partner", today.minusDays(60)));
        LocalDate due = LocalDate.parse(after(partnership, agreement).get("nextReviewDue").asText());

        assertThat(overdueReviews()).doesNotContain(partnership);

        clock.advance(Duration.ofDays(due.toEpochDay() - today.toEpochDay() + 1));

        assertThat(overdueReviews()).contains(partnership);
    }

    @Test
    void an_incomplete_agreement_is_refused_naming_each_missing_part() {
        String partnership = propose("p4-partner");
        vettings.clear(partnership, "p4-partner", VettingTier.STANDARD);

        Response refused = command("officer", partnership, "/agreement",
                "{\"signedOn\": \"" + today + "\", \"objectives\": [\"Something\"]}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("rule").asText()).isEqualTo("P4");
        assertThat(refused.json().get("violations").toString())
                .contains("exitStrategy", "indicators", "reviewFrequencyMonths", "startDate");
    }

    @Test
    void a_command_on_an_unknown_partnership_answers_404() {
        Response response = command("officer", UUID.randomUUID().toString(), "/reviews",
                review("tostan", "r", today, "ON_TRACK", "CONTINUE"));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void vetting_officers_prepare_vettings_and_only_approvers_decide_them() {
        String partnership = propose("role-partner");
        String vetting = vettings.openedVetting(partnership, "role-partner");
        String decision = """
                {"decision": "CLEARED", "reasons": ["Fine"]}""";

        assertThat(vettings.decide(vetting, "vetter", decision).status()).isEqualTo(403);
        assertThat(vettings.decide(vetting, "officer", decision).status()).isEqualTo(403);
        assertThat(vettings.decide(vetting, "auditor", decision).status()).isEqualTo(403);
        Response incomplete = vettings.decide(vetting, "approver-regional", decision);
        assertThat(incomplete.status()).as("an approver gets past security to V5: nothing assessed yet")
                .isEqualTo(422);
        assertThat(incomplete.json().get("rule").asText()).isEqualTo("V5");

        assertThat(vettings.rateRisk(vetting, "officer").status()).isEqualTo(403);
        assertThat(vettings.rateRisk(vetting, "approver-regional").status()).isEqualTo(403);
        assertThat(vettings.assess(vetting, "officer", Criterion.CORE_VALUES,
                "MET").status()).isEqualTo(403);
        assertThat(vettings.rateRisk(vetting, "vetter").status()).isEqualTo(200);
    }

    @Test
    void the_interim_vetting_outcome_endpoint_is_gone() {
        String partnership = propose("bypass-partner");

        Response bypass = api.post("officer", "/api/partnerships/" + partnership + "/vetting-outcomes", """
                {"partnerId": "bypass-partner", "vettingId": "v-1", "outcome": "CLEARED", "tier": "STANDARD",
                 "validUntil": "%s"}""".formatted(today.plusMonths(24)));

        assertThat(bypass.status()).as(bypass.toString()).isIn(404, 405);
        assertThat(api.getEventually("officer", "/api/partnerships/" + partnership,
                response -> response.status() == 200).json().get("status").asText()).isEqualTo("PROPOSED");
    }

    @Test
    void the_portfolio_filters_by_status_and_text_and_reports_statistics() {
        String partnership = propose("portfolio-partner");
        view(partnership, 0);

        Response page = api.get("auditor", "/api/partnerships?status=PROPOSED&text=portfolio-partner&size=5");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().get("items").findValuesAsText("partnershipId")).contains(partnership);

        Response wrongStatus = api.get("auditor", "/api/partnerships?status=SIGNED");
        assertThat(wrongStatus.status()).isEqualTo(400);
        assertThat(wrongStatus.json().get("field").asText()).isEqualTo("status");

        Response statistics = api.get("auditor", "/api/partnership-statistics");
        assertThat(statistics.status()).isEqualTo(200);
        assertThat(statistics.json().get("countsByStatus").get("PROPOSED").asLong()).isPositive();
    }

    private String propose(String partnerId) {
        String body = ProposePartnershipContract.DOCUMENTED_BODY
                .replace("\"name\": \"Tostan\"", "\"partnerId\": \"" + partnerId + "\", \"name\": \"" + partnerId + "\"");
        Response created = api.post("officer", "/api/partnerships", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private Response command(String user, String partnership, String task, String body) {
        Response response = api.post(user, "/api/partnerships/" + partnership + task, body);
        assertThat(response.status()).as(task + " as " + user + ": " + response).isLessThan(500);
        return response;
    }

    private JsonNode view(String partnership, long version) {
        Response read = api.getEventually("officer", "/api/partnerships/" + partnership,
                response -> response.status() == 200 && response.json().get("version").asLong() >= version);
        assertThat(read.json().get("version").asLong()).as(read.toString()).isEqualTo(version);
        return read.json();
    }

    /** The view once it reflects the command: the version the command answered with, also sent as its ETag. */
    private JsonNode after(String partnership, Response command) {
        assertThat(command.status()).as(command.toString()).isBetween(200, 201);
        long version = command.json().get("version").asLong();
        assertThat(command.header("ETag")).isEqualTo("\"" + version + "\"");
        return view(partnership, version);
    }

    private List<String> overdueReviews() {
        return api.get("officer", "/api/review-calendar").json().get("reviewsOverdue")
                .findValuesAsText("partnershipId");
    }

    // The request bodies below are package-visible for the golden-rows exporter, which drives the same lifecycle.

    static String agreement(String partnerId, LocalDate signedOn) {
        return """
                {"signedOn": "%s", "objectives": ["Communities in 200 villages publicly abandon harmful practices"],
                 "operationalTargets": ["Run the community empowerment programme in 200 villages"],
                 "contributions": [{"partnerId": "%s", "financial": {"amount": 50000, "currency": "USD"},
                   "inKind": "Trained community facilitators", "role": "Implementing partner",
                   "responsibilities": "Runs the programme and reports quarterly"}],
                 "startDate": "%s", "intendedEndDate": "%s", "reviewFrequencyMonths": 6,
                 "monitoringAndEvaluation": "Quarterly progress reports and a joint mid-term review",
                 "indicators": ["Number of villages that declared abandonment"],
                 "exitStrategy": "Not continued if fewer than 50 villages take part by the mid-term review"}
                """.formatted(signedOn, partnerId, signedOn.plusDays(10), signedOn.plusYears(2));
    }

    static String review(String partnerId, String reviewId, LocalDate on, String progress, String recommendation) {
        return """
                {"reviewId": "%s", "reviewDate": "%s", "progress": "%s",
                 "functioning": {"decisionMakingAndGovernance": {"rating": "WORKS_WELL"}, "roles": {"rating": "WORKS_WELL"},
                   "communications": {"rating": "NEEDS_ATTENTION", "note": "Reports arrive late"},
                   "workingRelations": {"rating": "WORKS_WELL"}, "financialOperations": {"note": "Disbursements on time"}},
                 "worthItsCosts": true, "worthItsCostsNote": "Reach the agency could not get alone",
                 "participants": ["%s"], "commitments": [{"partnerId": "%s", "kept": false, "note": "Two reports missing"}],
                 "recommendation": "%s", "summary": "Joint review with every partner"}
                """.formatted(reviewId, on, progress, partnerId, partnerId, recommendation);
    }

    static String correctivePlan(String partnerId, LocalDate agreedOn) {
        return """
                {"planId": "plan-1", "agreedOn": "%s", "actions": [
                  {"actionId": "action-1", "description": "Recruit ten more facilitators",
                   "responsiblePartnerId": "%s", "dueDate": "%s"},
                  {"actionId": "action-2", "description": "Monthly follow-up calls with the partner", "dueDate": "%s"}]}
                """.formatted(agreedOn, partnerId, agreedOn.plusDays(60), agreedOn.plusDays(30));
    }

    private String discontinuation(String reason) {
        return """
                {"reason": "%s", "justification": "Two reviews found little progress and the corrective plan did not change it",
                 "effectiveDate": "%s", "continuityMeasures": ["Hand the village contacts to the regional programme"]}
                """.formatted(reason, today.plusDays(30));
    }

    private static String conclusion(String partnerId, LocalDate on) {
        return conclusion(partnerId, on, "SUSTAIN");
    }

    static String conclusion(String partnerId, LocalDate on, String nextStep) {
        return """
                {"finalEvaluation": {"participants": ["%s"], "findings": ["180 villages declared abandonment"],
                   "lessons": ["Community-led methods spread from village to village"]},
                 "sustainabilityMeasures": ["Village committees carry on the sessions"], "nextStep": "%s",
                 "concludedOn": "%s"}
                """.formatted(partnerId, nextStep, on);
    }
}
