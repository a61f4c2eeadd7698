package org.partnershipledger.adapters.rest.partnership;

import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.partnership.commands.ProposePartnership;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.UserId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PartnershipControllerIT extends CommandSlice {

    @Test
    void a_proposal_is_led_by_the_callers_office_and_proposed_by_the_caller() throws Exception {
        aggregateAnswersVersion(0);

        post("/api/partnerships", """
                {"title": "Community-led abandonment of harmful practices", "purpose": "Village by village",
                 "form": "FORMAL_PARTNERSHIP", "agencyRole": "PARTNER", "scope": "NATIONAL",
                 "transfer": {"amount": 250000, "currency": "USD"},
                 "partners": [{"partnerId": "tostan", "name": "Tostan", "type": "CSO", "country": "SN",
                               "engagement": "ACTIVE"}]}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/partnerships/[0-9a-f-]{36}")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.version").value(0));

        ProposePartnership sent = sent(ProposePartnership.class);
        assertThat(sent.leadOffice()).isEqualTo(new OfficeCode("CO-SEN"));
        assertThat(sent.proposedBy()).isEqualTo(new UserId("officer"));
        assertThat(sent.transfer()).isEqualTo(Money.of("250000", "USD"));
        assertThat(sent.partners()).singleElement().satisfies(p -> assertThat(p.partnerId().value()).isEqualTo("tostan"));
    }

    @Test
    void a_transfer_with_more_than_three_decimals_answers_400_naming_the_field() throws Exception {
        post("/api/partnerships", """
                {"title": "T", "purpose": "P", "form": "FORMAL_PARTNERSHIP", "agencyRole": "PARTNER",
                 "scope": "NATIONAL", "transfer": {"amount": 1.23456, "currency": "USD"},
                 "partners": [{"name": "Tostan", "type": "CSO", "country": "SN", "engagement": "ACTIVE"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields['transfer.amount']").exists());
    }
}
