package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first vertical slice over real HTTP: a partnership is proposed with the documented body, stored as an event
 * that records who proposed it, and read back from the projection. Run once per database by its subclasses.
 */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"default", "test"})
abstract class ProposePartnershipContract {

    /** The request body of issue 2, verbatim: clients are written against it. */
    static final String DOCUMENTED_BODY = """
            {"title": "Community-led abandonment of harmful practices", "purpose": "...",
             "form": "FORMAL_PARTNERSHIP", "agencyRole": "PARTNER", "scope": "NATIONAL",
             "transfer": {"amount": 250000, "currency": "USD"},
             "partners": [{"name": "Tostan", "type": "CSO", "country": "SN", "engagement": "ACTIVE"}]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void a_proposed_partnership_is_created_and_reads_back_from_the_projection() {
        Response created = api.post("officer", "/api/partnerships", DOCUMENTED_BODY);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(location).matches("/api/partnerships/[0-9a-f-]{36}");
        assertThat(created.json().get("version").asLong()).isZero();
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        Response read = api.getEventually("auditor", location, response -> response.status() == 200);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode view = read.json();
        assertThat(view.get("title").asText()).isEqualTo("Community-led abandonment of harmful practices");
        assertThat(view.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(view.get("leadOffice").asText()).isEqualTo("CO-SEN");
        assertThat(view.get("proposedBy").asText()).isEqualTo("officer");
        assertThat(view.get("transfer").get("amount").decimalValue()).isEqualByComparingTo("250000");
        assertThat(view.get("partners").get(0).get("name").asText()).isEqualTo("Tostan");
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void the_stored_event_records_who_proposed_it_and_for_which_request() throws IOException {
        Response created = api.post("officer", "/api/partnerships", DOCUMENTED_BODY);
        String id = created.header("Location").substring("/api/partnerships/".length());

        StoredEvent event = jdbc.sql("""
                        SELECT payload_type, payload, meta_data FROM domain_event_entry
                         WHERE aggregate_identifier = ? AND sequence_number = 0""")
                .param(id)
                .query((rs, row) -> new StoredEvent(rs.getString(1), rs.getBytes(2), rs.getBytes(3)))
                .single();

        assertThat(event.type()).isEqualTo("org.partnershipledger.domain.partnership.events.PartnershipProposed");
        ObjectMapper json = new ObjectMapper();
        JsonNode payload = json.readTree(event.payload());
        assertThat(payload.get("title").asText()).isEqualTo("Community-led abandonment of harmful practices");
        JsonNode metadata = json.readTree(event.metadata());
        assertThat(metadata.get("userId").asText()).isEqualTo("officer");
        assertThat(metadata.get("office").asText()).isEqualTo("CO-SEN");
        assertThat(metadata.get("roles").asText()).isEqualTo("PARTNERSHIP_OFFICER");
        assertThat(metadata.get("requestId").asText()).isEqualTo(created.header("X-Request-Id"));
        assertThat(metadata.get("correlationId").asText()).isNotBlank();
    }

    @Test
    void the_lead_office_is_the_callers_and_cannot_be_set_in_the_body() {
        String withOffice = DOCUMENTED_BODY.replace("\"purpose\"", "\"leadOffice\": \"HQ\", \"purpose\"");

        Response refused = api.post("officer", "/api/partnerships", withOffice);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).isEqualTo("unknown field 'leadOffice'");
    }

    @Test
    void without_credentials_the_api_answers_401_as_a_problem() {
        long proposalsBefore = storedProposals();

        Response response = api.post(null, "/api/partnerships", DOCUMENTED_BODY);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(storedProposals()).as("counted before and after: other suites may share the context")
                .isEqualTo(proposalsBefore);
    }

    @Test
    void a_broken_rule_answers_422_naming_the_rule() {
        String collaborativeWithFunds = DOCUMENTED_BODY.replace("FORMAL_PARTNERSHIP", "COLLABORATIVE_RELATIONSHIP");

        Response refused = api.post("officer", "/api/partnerships", collaborativeWithFunds);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("rule").asText()).isEqualTo("P1");
        assertThat(refused.json().get("type").asText()).endsWith("/rule-violation/P1");
    }

    @Test
    void an_unknown_enum_value_answers_400_naming_the_field() {
        Response refused = api.post("officer", "/api/partnerships", DOCUMENTED_BODY.replace("\"CSO\"", "\"NGO\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("partners[0].type");
        assertThat(refused.json().get("detail").asText()).contains("must be one of", "CSO", "'NGO'");
    }

    @Test
    void an_unknown_partnership_answers_404() {
        Response response = api.get("officer", "/api/partnerships/00000000-0000-0000-0000-000000000000");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void health_is_public() {
        Response health = api.get(null, "/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }

    record StoredEvent(String type, byte[] payload, byte[] metadata) {
    }

    private long storedProposals() {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type = ?")
                .param("org.partnershipledger.domain.partnership.events.PartnershipProposed")
                .query(Long.class).single();
    }
}
