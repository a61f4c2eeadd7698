package org.partnershipledger.adapters.rest.partnership.agreement;

import org.junit.jupiter.api.Test;
import org.partnershipledger.adapters.rest.partnership.CommandSlice;
import org.partnershipledger.domain.partnership.AgreementChanges;
import org.partnershipledger.domain.partnership.AgreementTerms;
import org.partnershipledger.domain.partnership.AmendmentId;
import org.partnershipledger.domain.partnership.PartnerContribution;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.commands.AmendAgreement;
import org.partnershipledger.domain.partnership.commands.ConcludeAgreement;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AgreementControllerIT extends CommandSlice {

    private static final String AGREEMENT = "/api/partnerships/" + PARTNERSHIP + "/agreement";

    /** A formal agreement with every part P4 asks for; the body the README and the end-to-end tests use. */
    static final String FORMAL_AGREEMENT = """
            {"signedOn": "2026-01-15",
             "objectives": ["Communities in 200 villages publicly abandon harmful practices"],
             "operationalTargets": ["Run the community empowerment programme in 200 villages"],
             "contributions": [{"partnerId": "tostan", "financial": {"amount": 50000, "currency": "USD"},
                                "inKind": "Trained community facilitators", "role": "Implementing partner",
                                "responsibilities": "Runs the programme and reports quarterly"}],
             "startDate": "2026-02-01", "intendedEndDate": "2028-01-31", "reviewFrequencyMonths": 6,
             "monitoringAndEvaluation": "Quarterly progress reports and a joint mid-term review",
             "indicators": ["Number of villages that declared abandonment"],
             "exitStrategy": "Not continued if fewer than 50 villages take part by the mid-term review"}""";

    @Test
    void concluding_a_formal_agreement_sends_every_term_and_answers_the_new_version() throws Exception {
        aggregateAnswersVersion(5);

        post(AGREEMENT, FORMAL_AGREEMENT)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"5\""))
                .andExpect(jsonPath("$.id").value(PARTNERSHIP))
                .andExpect(jsonPath("$.version").value(5));

        assertThat(sent(ConcludeAgreement.class)).isEqualTo(new ConcludeAgreement(new PartnershipId(PARTNERSHIP),
                LocalDate.of(2026, 1, 15), new AgreementTerms(
                List.of("Communities in 200 villages publicly abandon harmful practices"),
                List.of("Run the community empowerment programme in 200 villages"),
                List.of(new PartnerContribution(new PartnerId("tostan"), Money.of("50000", "USD"),
                        "Trained community facilitators", "Implementing partner",
                        "Runs the programme and reports quarterly")),
                LocalDate.of(2026, 2, 1), LocalDate.of(2028, 1, 31), 6,
                "Quarterly progress reports and a joint mid-term review",
                List.of("Number of villages that declared abandonment"),
                "Not continued if fewer than 50 villages take part by the mid-term review")));
    }

    @Test
    void a_collaborative_relationship_is_agreed_on_goals_and_roles() throws Exception {
        aggregateAnswersVersion(3);

        post(AGREEMENT, """
                {"signedOn": "2026-03-01", "goals": ["Air a weekly programme on children's rights"],
                 "contributions": [{"partnerId": "radio-sen", "role": "Broadcaster"}]}""")
                .andExpect(status().isOk());

        assertThat(sent(ConcludeAgreement.class).terms()).isEqualTo(AgreementTerms.collaborative(
                List.of("Air a weekly programme on children's rights"),
                List.of(PartnerContribution.roleOnly(new PartnerId("radio-sen"), "Broadcaster"))));
    }

    @Test
    void an_agreement_missing_parts_answers_422_with_rule_p4_naming_each_part() throws Exception {
        aggregateRefuses(new RuleViolation(Rule.P4, "a formal agreement must state every required part; missing: "
                + "operationalTargets, exitStrategy", List.of("operationalTargets", "exitStrategy")));

        post(AGREEMENT, """
                {"signedOn": "2026-01-15", "objectives": ["An objective"]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://partnership-ledger.org/problems/rule-violation/P4"))
                .andExpect(jsonPath("$.rule").value("P4"))
                .andExpect(jsonPath("$.detail", containsString("missing: operationalTargets, exitStrategy")))
                .andExpect(jsonPath("$.violations[0]").value("operationalTargets"))
                .andExpect(jsonPath("$.violations[1]").value("exitStrategy"));
    }

    @Test
    void an_agreement_without_a_signing_date_answers_400_naming_the_field() throws Exception {
        post(AGREEMENT, """
                {"objectives": ["An objective"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.signedOn").exists());

        verifyNoInteractions(commands);
    }

    @Test
    void a_signing_date_that_is_no_date_answers_400_naming_the_field() throws Exception {
        post(AGREEMENT, """
                {"signedOn": "15/01/2026"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("signedOn"));
    }

    @Test
    void a_misspelt_term_answers_400_naming_it() throws Exception {
        post(AGREEMENT, """
                {"signedOn": "2026-01-15", "objective": ["An objective"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("unknown field 'objective'"));
    }

    @Test
    void a_contribution_in_a_malformed_currency_answers_400_naming_the_field() throws Exception {
        post(AGREEMENT, """
                {"signedOn": "2026-01-15",
                 "contributions": [{"partnerId": "tostan", "financial": {"amount": 10, "currency": "DOLLARS"}}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields['contributions[0].financial.currency']").exists());
    }

    @Test
    void an_amendment_sends_only_what_changes_and_answers_201_with_its_location() throws Exception {
        aggregateAnswersVersion(9);

        post(AGREEMENT + "/amendments", """
                {"amendmentId": "amendment-1", "amendedOn": "2027-01-10",
                 "rationale": "The mid-term review asked for a longer programme",
                 "intendedEndDate": "2028-12-31", "agencyTransfer": {"amount": 300000, "currency": "USD"}}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", AGREEMENT + "/amendments/amendment-1"))
                .andExpect(header().string("ETag", "\"9\""))
                .andExpect(jsonPath("$.amendmentId").value("amendment-1"))
                .andExpect(jsonPath("$.version").value(9));

        assertThat(sent(AmendAgreement.class)).isEqualTo(new AmendAgreement(new PartnershipId(PARTNERSHIP),
                new AmendmentId("amendment-1"), LocalDate.of(2027, 1, 10),
                new AgreementChanges(LocalDate.of(2028, 12, 31), Money.of("300000", "USD"), null, null, null, null,
                        null),
                "The mid-term review asked for a longer programme"));
    }

    @Test
    void an_amendment_without_an_id_gets_one_from_the_server() throws Exception {
        aggregateAnswersVersion(9);

        post(AGREEMENT + "/amendments", """
                {"amendedOn": "2027-01-10", "rationale": "Longer", "intendedEndDate": "2028-12-31"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(AGREEMENT + "/amendments/[0-9a-f-]{36}")));

        assertThat(sent(AmendAgreement.class).amendmentId().value()).hasSize(36);
    }

    @Test
    void an_amendment_that_changes_nothing_answers_400_in_the_domains_words() throws Exception {
        post(AGREEMENT + "/amendments", """
                {"amendedOn": "2027-01-10", "rationale": "Nothing really"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("changes must change the duration, budget or scope"));

        verifyNoInteractions(commands);
    }

    @Test
    void an_amendment_without_a_rationale_is_left_to_rule_p10() throws Exception {
        aggregateRefuses(new RuleViolation(Rule.P10, "an amendment needs a rationale"));

        post(AGREEMENT + "/amendments", """
                {"amendedOn": "2027-01-10", "intendedEndDate": "2028-12-31"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("P10"));
    }
}
