package org.partnershipledger.adapters.rest.partnership.closing;

import org.junit.jupiter.api.Test;
import org.partnershipledger.adapters.rest.partnership.CommandSlice;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.FinalEvaluation;
import org.partnershipledger.domain.partnership.GuidingPrinciple;
import org.partnershipledger.domain.partnership.NextStep;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.commands.ConcludePartnership;
import org.partnershipledger.domain.partnership.commands.DiscontinuePartnership;
import org.partnershipledger.domain.partnership.commands.WithdrawProposal;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ClosingControllerIT extends CommandSlice {

    private static final String BASE = "/api/partnerships/" + PARTNERSHIP;

    static final String DISCONTINUATION = """
            {"reason": "NO_PROGRESS",
             "justification": "Two reviews found little progress and the corrective plan did not change it",
             "effectiveDate": "2027-03-31",
             "continuityMeasures": ["Hand the village contacts to the regional programme"]}""";

    static final String CONCLUSION = """
            {"finalEvaluation": {"participants": ["tostan"],
                                 "findings": ["180 villages declared abandonment"],
                                 "lessons": ["Community-led methods spread from village to village"]},
             "sustainabilityMeasures": ["Village committees carry on the sessions"],
             "nextStep": "SUSTAIN", "concludedOn": "2028-01-31"}""";

    @Test
    void discontinuing_sends_the_reason_and_its_justification() throws Exception {
        aggregateAnswersVersion(12);

        post(BASE + "/discontinuation", DISCONTINUATION)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"12\""))
                .andExpect(jsonPath("$.id").value(PARTNERSHIP))
                .andExpect(jsonPath("$.version").value(12));

        assertThat(sent(DiscontinuePartnership.class)).isEqualTo(new DiscontinuePartnership(
                new PartnershipId(PARTNERSHIP), DiscontinuationReason.NO_PROGRESS,
                "Two reviews found little progress and the corrective plan did not change it", null,
                LocalDate.of(2027, 3, 31), List.of("Hand the village contacts to the regional programme")));
    }

    @Test
    void a_principle_violation_names_the_principle() throws Exception {
        aggregateAnswersVersion(12);

        post(BASE + "/discontinuation", """
                {"reason": "PRINCIPLE_VIOLATION", "principle": "INTEGRITY_AND_INDEPENDENCE",
                 "justification": "Used the agency's logo in a commercial campaign", "effectiveDate": "2027-03-31",
                 "continuityMeasures": ["None"]}""")
                .andExpect(status().isOk());

        assertThat(sent(DiscontinuePartnership.class).principle())
                .isEqualTo(GuidingPrinciple.INTEGRITY_AND_INDEPENDENCE);
    }

    @Test
    void a_discontinuation_missing_parts_answers_422_with_rule_p8_naming_each() throws Exception {
        aggregateRefuses(new RuleViolation(Rule.P8, "a discontinuation needs a justification, an effective date and "
                + "continuity measures; missing: justification, effectiveDate, continuityMeasures",
                List.of("justification", "effectiveDate", "continuityMeasures")));

        post(BASE + "/discontinuation", """
                {"reason": "MUTUAL_AGREEMENT"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("P8"))
                .andExpect(jsonPath("$.violations.length()").value(3));
    }

    @Test
    void an_unknown_discontinuation_reason_answers_400_naming_the_field() throws Exception {
        post(BASE + "/discontinuation", DISCONTINUATION.replace("NO_PROGRESS", "BORED"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"))
                .andExpect(jsonPath("$.detail", containsString("'BORED'")));

        verifyNoInteractions(commands);
    }

    @Test
    void withdrawing_a_proposal_sends_the_reason_and_date() throws Exception {
        aggregateAnswersVersion(2);

        post(BASE + "/withdrawal", """
                {"reason": "The partner chose another donor", "withdrawnOn": "2026-01-05"}""")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));

        assertThat(sent(WithdrawProposal.class)).isEqualTo(new WithdrawProposal(new PartnershipId(PARTNERSHIP),
                "The partner chose another donor", LocalDate.of(2026, 1, 5)));
    }

    @Test
    void a_withdrawal_without_a_date_answers_400_naming_the_field() throws Exception {
        post(BASE + "/withdrawal", """
                {"reason": "The partner chose another donor"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.withdrawnOn").exists());
    }

    @Test
    void concluding_sends_the_final_evaluation_and_next_step() throws Exception {
        aggregateAnswersVersion(15);

        post(BASE + "/conclusion", CONCLUSION)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"15\""))
                .andExpect(jsonPath("$.version").value(15));

        assertThat(sent(ConcludePartnership.class)).isEqualTo(new ConcludePartnership(new PartnershipId(PARTNERSHIP),
                new FinalEvaluation(List.of(new PartnerId("tostan")), List.of("180 villages declared abandonment"),
                        List.of("Community-led methods spread from village to village")),
                List.of("Village committees carry on the sessions"), NextStep.SUSTAIN, LocalDate.of(2028, 1, 31)));
    }

    @Test
    void a_conclusion_without_its_evaluation_answers_422_with_rule_p9_naming_each_part() throws Exception {
        aggregateRefuses(new RuleViolation(Rule.P9, "a conclusion needs a participatory final evaluation; missing: "
                + "finalEvaluation, sustainabilityMeasures", List.of("finalEvaluation", "sustainabilityMeasures")));

        post(BASE + "/conclusion", """
                {"nextStep": "CLOSE", "concludedOn": "2028-01-31"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("P9"))
                .andExpect(jsonPath("$.violations[0]").value("finalEvaluation"));
    }

    @Test
    void a_conclusion_with_too_many_findings_answers_400_naming_the_field() throws Exception {
        String findings = "\"finding\", ".repeat(50) + "\"one too many\"";
        post(BASE + "/conclusion", """
                {"finalEvaluation": {"findings": [%s]}, "nextStep": "CLOSE", "concludedOn": "2028-01-31"}"""
                .formatted(findings))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields['finalEvaluation.findings']").exists());

        verifyNoInteractions(commands);
    }
}
