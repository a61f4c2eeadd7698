package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.app.support.VettingSteps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --demo} seeds the portfolio the README describes, in the states it describes, every partner vetted through
 * the vetting process.
 */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        args = "--demo")
@ActiveProfiles({"default", "test"})
class DemoPortfolioIT {

    private static final String TOSTAN = "d0000000-0000-4000-8000-000000000001";
    private static final String SAFE_WATER = "d0000000-0000-4000-8000-000000000003";
    private static final String YOUTH = "d0000000-0000-4000-8000-000000000006";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void the_seeded_partners_were_vetted_through_the_vetting_process() {
        ApiClient api = new ApiClient(port);
        VettingSteps vettings = new VettingSteps(api, id -> !payloadTypes(id).isEmpty());

        JsonNode tostan = vettings.partnerVetting(TOSTAN, "demo-tostan", vetting -> true);
        assertThat(tostan.get("vettingId").asText()).isEqualTo(VettingSteps.vettingIdFor(TOSTAN, "demo-tostan"));
        assertThat(tostan.get("outcome").asText()).isEqualTo("CLEARED");
        assertThat(tostan.get("tier").asText()).isEqualTo("STANDARD");
        assertThat(tostan.get("reusedClearance").asBoolean()).isFalse();

        JsonNode company = vettings.partnerVetting(SAFE_WATER, "demo-sahel-beverages", vetting -> true);
        assertThat(company.get("tier").asText()).as("the company's own funds needed ENHANCED").isEqualTo("ENHANCED");
        assertThat(company.get("vettingId").asText()).isEqualTo("d1000000-0000-4000-8000-000000000003");

        String youthVetting = VettingSteps.vettingIdFor(YOUTH, "demo-jeunes-verts");
        assertThat(eventually(() -> payloadTypes(youthVetting), types -> types.size() >= 2))
                .as("the youth group's vetting is open and screened, awaiting the vetting officer")
                .containsExactly("org.partnershipledger.domain.vetting.events.VettingOpened",
                        "org.partnershipledger.domain.vetting.events.SanctionsScreeningRecorded");
    }

    private List<String> payloadTypes(String aggregateId) {
        return jdbc.sql("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number").param(aggregateId).query(String.class).list();
    }

    private static <T> T eventually(java.util.function.Supplier<T> probe, java.util.function.Predicate<T> done) {
        Instant deadline = Instant.now().plusSeconds(10);
        T value = probe.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            value = probe.get();
        }
        return value;
    }
}
