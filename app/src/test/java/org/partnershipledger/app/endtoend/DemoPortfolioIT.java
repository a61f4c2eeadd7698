package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --demo} seeds the portfolio the README describes, in the states it describes. */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        args = "--demo")
@ActiveProfiles({"default", "test"})
class DemoPortfolioIT {

    @LocalServerPort
    int port;

    @Test
    void the_demo_portfolio_covers_every_stage_of_the_lifecycle() {
        ApiClient api = new ApiClient(port);
        Response portfolio = api.getEventually("auditor", "/api/partnerships?size=50",
                response -> response.status() == 200 && response.json().get("totalItems").asLong() == 6
                        && response.json().get("totals").get("CONCLUDED").asLong() == 1);

        JsonNode totals = portfolio.json().get("totals");
        assertThat(totals.get("PROPOSED").asLong()).as(portfolio.toString()).isEqualTo(1);
        assertThat(totals.get("AGREED").asLong()).isEqualTo(2);
        assertThat(totals.get("UNDER_CORRECTION").asLong()).isEqualTo(1);
        assertThat(totals.get("DISCONTINUED").asLong()).isEqualTo(1);
        assertThat(totals.get("CONCLUDED").asLong()).isEqualTo(1);
        assertThat(portfolio.json().get("items").findValuesAsText("title"))
                .contains("Community-led abandonment of harmful practices",
                        "Measles Initiative: catch-up vaccination in Senegal",
                        "RapidSMS: SMS data collection for nutrition surveillance",
                        "Birth registration awareness on community radio");

        JsonNode calendar = api.get("officer", "/api/review-calendar").json();
        assertThat(calendar.get("reviewsOverdue").findValuesAsText("title"))
                .contains("Community-led abandonment of harmful practices");
        assertThat(calendar.get("correctiveActionsOverdue").findValuesAsText("actionId"))
                .containsExactly("measles-action-1");

        JsonNode collaboration = api.get("officer", "/api/partnerships/d0000000-0000-4000-8000-000000000005").json();
        assertThat(collaboration.get("form").asText()).isEqualTo("COLLABORATIVE_RELATIONSHIP");
        assertThat(collaboration.get("transfer").isNull()).isTrue();
        assertThat(collaboration.get("reviews")).hasSize(1);
    }
}
