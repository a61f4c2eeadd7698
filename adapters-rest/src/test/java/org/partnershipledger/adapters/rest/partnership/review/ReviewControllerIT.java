package org.partnershipledger.adapters.rest.partnership.review;

import org.junit.jupiter.api.Test;
import org.partnershipledger.adapters.rest.partnership.CommandSlice;
import org.partnershipledger.domain.partnership.AspectAssessment;
import org.partnershipledger.domain.partnership.CommitmentAssessment;
import org.partnershipledger.domain.partnership.CorrectiveAction;
import org.partnershipledger.domain.partnership.CorrectiveActionId;
import org.partnershipledger.domain.partnership.CorrectivePlanId;
import org.partnershipledger.domain.partnership.FunctioningAssessment;
import org.partnershipledger.domain.partnership.FunctioningRating;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.ResponsibleParty;
import org.partnershipledger.domain.partnership.ReviewId;
import org.partnershipledger.domain.partnership.ReviewProgress;
import org.partnershipledger.domain.partnership.ReviewRecommendation;
import org.partnershipledger.domain.partnership.commands.AgreeCorrectiveActionPlan;
import org.partnershipledger.domain.partnership.commands.CompleteCorrectiveAction;
import org.partnershipledger.domain.partnership.commands.RecordReview;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ReviewControllerIT extends CommandSlice {

    private static final String BASE = "/api/partnerships/" + PARTNERSHIP;

    static final String REVIEW = """
            {"reviewId": "review-1", "reviewDate": "2026-08-01", "progress": "LITTLE_OR_NO_PROGRESS",
             "functioning": {"decisionMakingAndGovernance": {"rating": "WORKS_WELL"},
                             "roles": {"rating": "WORKS_WELL"},
                             "communications": {"rating": "NEEDS_ATTENTION", "note": "Reports arrive late"},
                             "workingRelations": {"rating": "WORKS_WELL"},
                             "financialOperations": {"note": "Disbursements on time"}},
             "worthItsCosts": true, "worthItsCostsNote": "Reach the agency could not get alone",
             "participants": ["tostan"],
             "commitments": [{"partnerId": "tostan", "kept": false, "note": "Two quarterly reports missing"}],
             "recommendation": "CORRECTIVE_ACTION",
             "summary": "Few villages reached in the first half year; reporting to improve"}""";

    static final String CORRECTIVE_PLAN = """
            {"planId": "plan-1", "agreedOn": "2026-08-20",
             "actions": [{"actionId": "action-1", "description": "Recruit ten more facilitators",
                          "responsiblePartnerId": "tostan", "dueDate": "2026-10-31"},
                         {"actionId": "action-2", "description": "Monthly follow-up calls with the partner",
                          "dueDate": "2026-09-30"}]}""";

    @Test
    void a_review_is_sent_whole_and_answers_201_with_its_location() throws Exception {
        aggregateAnswersVersion(6);

        post(BASE + "/reviews", REVIEW)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", BASE + "/reviews/review-1"))
                .andExpect(header().string("ETag", "\"6\""))
                .andExpect(jsonPath("$.id").value(PARTNERSHIP))
                .andExpect(jsonPath("$.version").value(6))
                .andExpect(jsonPath("$.reviewId").value("review-1"));

        assertThat(sent(RecordReview.class)).isEqualTo(new RecordReview(new PartnershipId(PARTNERSHIP),
                new ReviewId("review-1"), LocalDate.of(2026, 8, 1), ReviewProgress.LITTLE_OR_NO_PROGRESS,
                new FunctioningAssessment(AspectAssessment.rated(FunctioningRating.WORKS_WELL),
                        AspectAssessment.rated(FunctioningRating.WORKS_WELL),
                        new AspectAssessment(FunctioningRating.NEEDS_ATTENTION, "Reports arrive late"),
                        AspectAssessment.rated(FunctioningRating.WORKS_WELL),
                        new AspectAssessment(null, "Disbursements on time")),
                true, "Reach the agency could not get alone", List.of(new PartnerId("tostan")),
                List.of(new CommitmentAssessment(new PartnerId("tostan"), false, "Two quarterly reports missing")),
                ReviewRecommendation.CORRECTIVE_ACTION,
                "Few villages reached in the first half year; reporting to improve"));
    }

    @Test
    void a_review_without_an_id_gets_one_from_the_server() throws Exception {
        aggregateAnswersVersion(6);

        post(BASE + "/reviews", REVIEW.replace("\"reviewId\": \"review-1\", ", ""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(BASE + "/reviews/[0-9a-f-]{36}")));

        assertThat(sent(RecordReview.class).reviewId().value()).hasSize(36);
    }

    @Test
    void a_review_without_a_summary_answers_400_naming_the_field() throws Exception {
        post(BASE + "/reviews", """
                {"reviewDate": "2026-08-01", "progress": "ON_TRACK", "recommendation": "CONTINUE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.summary").exists());

        verifyNoInteractions(commands);
    }

    @Test
    void a_review_that_did_not_hear_every_partner_answers_422_with_rule_p6_naming_each_gap() throws Exception {
        aggregateRefuses(new RuleViolation(Rule.P6, "a review hears every partner; missing: participation of "
                + "partner Tostan, worthItsCosts", List.of("participation of partner Tostan", "worthItsCosts")));

        post(BASE + "/reviews", """
                {"reviewDate": "2026-08-01", "progress": "ON_TRACK", "recommendation": "CONTINUE",
                 "summary": "Fine"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("P6"))
                .andExpect(jsonPath("$.violations[0]").value("participation of partner Tostan"));
    }

    @Test
    void an_unknown_functioning_rating_answers_400_naming_the_nested_field() throws Exception {
        post(BASE + "/reviews", REVIEW.replace("\"NEEDS_ATTENTION\"", "\"SO_SO\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("functioning.communications.rating"));
    }

    @Test
    void a_corrective_plan_is_sent_with_its_actions_and_answers_201_with_their_ids() throws Exception {
        aggregateAnswersVersion(7);

        post(BASE + "/corrective-plans", CORRECTIVE_PLAN)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", BASE + "/corrective-plans/plan-1"))
                .andExpect(header().string("ETag", "\"7\""))
                .andExpect(jsonPath("$.planId").value("plan-1"))
                .andExpect(jsonPath("$.actionIds[0]").value("action-1"))
                .andExpect(jsonPath("$.actionIds[1]").value("action-2"));

        assertThat(sent(AgreeCorrectiveActionPlan.class)).isEqualTo(new AgreeCorrectiveActionPlan(
                new PartnershipId(PARTNERSHIP), new CorrectivePlanId("plan-1"), List.of(
                new CorrectiveAction(new CorrectiveActionId("action-1"), "Recruit ten more facilitators",
                        ResponsibleParty.partner(new PartnerId("tostan")), LocalDate.of(2026, 10, 31)),
                new CorrectiveAction(new CorrectiveActionId("action-2"), "Monthly follow-up calls with the partner",
                        ResponsibleParty.agency(), LocalDate.of(2026, 9, 30))),
                null, null, LocalDate.of(2026, 8, 20)));
    }

    @Test
    void plan_and_action_ids_the_client_omits_are_generated_and_returned() throws Exception {
        aggregateAnswersVersion(7);

        String body = post(BASE + "/corrective-plans", """
                {"agreedOn": "2026-08-20",
                 "actions": [{"description": "One", "dueDate": "2026-09-30"},
                             {"description": "Two", "dueDate": "2026-09-30"}]}""")
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        AgreeCorrectiveActionPlan sent = sent(AgreeCorrectiveActionPlan.class);
        assertThat(sent.actions()).extracting(action -> action.actionId().value()).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(body).contains("\"" + id + "\""));
        assertThat(body).contains("\"planId\":\"" + sent.planId().value() + "\"");
    }

    @Test
    void a_plan_without_actions_answers_400_naming_the_field() throws Exception {
        post(BASE + "/corrective-plans", """
                {"agreedOn": "2026-08-20", "actions": []}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.actions").exists());

        verifyNoInteractions(commands);
    }

    @Test
    void a_budget_modification_without_a_note_answers_400_in_the_domains_words() throws Exception {
        post(BASE + "/corrective-plans", """
                {"agreedOn": "2026-08-20", "budgetModification": {"amount": 9000, "currency": "USD"},
                 "actions": [{"description": "One", "dueDate": "2026-09-30"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("budgetNote is required with a budgetModification"));
    }

    @Test
    void a_plan_past_its_deadline_answers_422_with_rule_p7() throws Exception {
        aggregateRefuses(new RuleViolation(Rule.P7, "the corrective action plan had to be agreed by 2026-08-31"));

        post(BASE + "/corrective-plans", CORRECTIVE_PLAN)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("P7"));
    }

    @Test
    void completing_an_action_sends_the_action_in_the_path() throws Exception {
        aggregateAnswersVersion(8);

        post(BASE + "/corrective-actions/action-1/completion", """
                {"completedOn": "2026-10-15", "completionNote": "Ten facilitators recruited and trained"}""")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"8\""))
                .andExpect(jsonPath("$.version").value(8));

        assertThat(sent(CompleteCorrectiveAction.class)).isEqualTo(new CompleteCorrectiveAction(
                new PartnershipId(PARTNERSHIP), new CorrectiveActionId("action-1"), LocalDate.of(2026, 10, 15),
                "Ten facilitators recruited and trained"));
    }

    @Test
    void completing_an_action_without_a_date_answers_400_naming_the_field() throws Exception {
        post(BASE + "/corrective-actions/action-1/completion", """
                {"completionNote": "Done"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.completedOn").exists());
    }
}
