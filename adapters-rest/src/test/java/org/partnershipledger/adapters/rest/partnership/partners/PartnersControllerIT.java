package org.partnershipledger.adapters.rest.partnership.partners;

import org.junit.jupiter.api.Test;
import org.partnershipledger.adapters.rest.partnership.CommandSlice;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.commands.AddPartner;
import org.partnershipledger.domain.partnership.commands.RemovePartner;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PartnersControllerIT extends CommandSlice {

    private static final String PARTNERS = "/api/partnerships/" + PARTNERSHIP + "/partners";

    @Test
    void adding_a_partner_sends_add_partner_and_answers_201_with_its_location_version_and_etag() throws Exception {
        aggregateAnswersVersion(3);

        post(PARTNERS, """
                {"partnerId": "tostan", "name": " Tostan ", "type": "CSO", "country": "SN",
                 "registrationReference": "SN-1991-042", "engagement": "ACTIVE"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", PARTNERS + "/tostan"))
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.id").value(PARTNERSHIP))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.partnerId").value("tostan"));

        assertThat(sent(AddPartner.class)).isEqualTo(new AddPartner(new PartnershipId(PARTNERSHIP),
                new PartnerProfile(new PartnerId("tostan"), "Tostan", PartnerType.CSO, "SN", "SN-1991-042",
                        EngagementLevel.ACTIVE)));
    }

    @Test
    void a_partner_without_an_id_gets_one_from_the_server_and_hears_it() throws Exception {
        aggregateAnswersVersion(1);

        String body = post(PARTNERS, """
                {"name": "Université Cheikh Anta Diop", "type": "KNOWLEDGE", "country": "SN",
                 "engagement": "ADVISORY"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(PARTNERS + "/[0-9a-f-]{36}")))
                .andReturn().getResponse().getContentAsString();

        String generated = sent(AddPartner.class).partner().partnerId().value();
        assertThat(body).contains("\"partnerId\":\"" + generated + "\"");
    }

    @Test
    void a_partner_without_a_name_answers_400_naming_the_field() throws Exception {
        post(PARTNERS, """
                {"type": "CSO", "country": "SN", "engagement": "ACTIVE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.fields.name").exists());

        verifyNoInteractions(commands);
    }

    @Test
    void a_partner_id_that_cannot_go_into_a_url_answers_400() throws Exception {
        post(PARTNERS, """
                {"partnerId": "to stan/1", "name": "Tostan", "type": "CSO", "country": "SN", "engagement": "ACTIVE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.partnerId").exists());
    }

    @Test
    void a_lower_case_country_refused_by_the_domain_answers_400_in_its_words() throws Exception {
        post(PARTNERS, """
                {"name": "Tostan", "type": "CSO", "country": "sn", "engagement": "ACTIVE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("ISO 3166-1")));

        verifyNoInteractions(commands);
    }

    @Test
    void adding_a_partner_after_agreement_answers_422_with_rule_p2() throws Exception {
        aggregateRefuses(new RuleViolation(Rule.P2, "partners can join only before agreement; the partnership is AGREED"));

        post(PARTNERS, """
                {"name": "Tostan", "type": "CSO", "country": "SN", "engagement": "ACTIVE"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("P2"))
                .andExpect(jsonPath("$.detail", containsString("only before agreement")));
    }

    @Test
    void removing_a_partner_sends_remove_partner_for_the_partner_in_the_path() throws Exception {
        aggregateAnswersVersion(4);

        post(PARTNERS + "/tostan/removal", """
                {"reason": "Merged into another organization"}""")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.id").value(PARTNERSHIP))
                .andExpect(jsonPath("$.version").value(4));

        assertThat(sent(RemovePartner.class)).isEqualTo(new RemovePartner(new PartnershipId(PARTNERSHIP),
                new PartnerId("tostan"), "Merged into another organization"));
    }

    @Test
    void removing_a_partner_without_a_reason_answers_400_naming_the_field() throws Exception {
        post(PARTNERS + "/tostan/removal", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.reason").exists());
    }
}
