package org.partnershipledger.adapters.rest.partnership;

import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.RecordedFact;
import org.partnershipledger.domain.partnership.commands.CorrectRecordedFact;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RecordCorrectionControllerIT extends CommandSlice {

    private static final String CORRECTIONS = "/api/partnerships/" + PARTNERSHIP + "/corrections";

    @Test
    void a_correction_sends_the_fact_its_old_and_new_value_and_why() throws Exception {
        aggregateAnswersVersion(16);

        post(CORRECTIONS, """
                {"fact": "PARTNER_NAME", "targetId": "tostan", "oldValue": "Tostam", "newValue": "Tostan",
                 "reason": "Typing error at proposal"}""")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"16\""))
                .andExpect(jsonPath("$.version").value(16));

        assertThat(sent(CorrectRecordedFact.class)).isEqualTo(new CorrectRecordedFact(new PartnershipId(PARTNERSHIP),
                RecordedFact.PARTNER_NAME, "tostan", "Tostam", "Tostan", "Typing error at proposal"));
    }

    @Test
    void a_title_correction_naming_a_target_answers_400_in_the_domains_words() throws Exception {
        post(CORRECTIONS, """
                {"fact": "TITLE", "targetId": "tostan", "oldValue": "Old", "newValue": "New", "reason": "Typo"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("targetId is not used for TITLE"));

        verifyNoInteractions(commands);
    }

    @Test
    void correcting_a_decision_answers_422_with_rule_p11() throws Exception {
        aggregateRefuses(new RuleViolation(Rule.P11, "REVIEW_PROGRESS is a decision, not a descriptive fact: it is "
                + "never corrected; record a new review instead"));

        post(CORRECTIONS, """
                {"fact": "REVIEW_PROGRESS", "targetId": "review-1", "oldValue": "ON_TRACK",
                 "newValue": "SOME_PROGRESS", "reason": "Misread"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("P11"))
                .andExpect(jsonPath("$.detail", containsString("record a new review instead")));
    }
}
