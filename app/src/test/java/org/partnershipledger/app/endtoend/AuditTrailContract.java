package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.app.support.VettingSteps;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.commands.OpenVetting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.app.support.VettingSteps.VETTER;

/**
 * Issue 6, the auditor's reads, over real HTTP: who did what, when, why and because of what, for every event; a
 * record's history; its view as of an earlier instant or version, rebuilt from the event store; and the export of the
 * log as NDJSON and CSV. Run once per database by its subclasses.
 */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"default", "test"})
abstract class AuditTrailContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUDITOR = "auditor";

    @LocalServerPort
    int port;

    @Autowired
    CommandBus commandBus;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void events_carry_actor_and_request_and_a_policy_sent_command_continues_the_chain_with_its_cause() {
        String requestId = "audit-" + unique();
        String partner = "tostan-" + unique();
        List<CommandMessage<?>> openings = new CopyOnWriteArrayList<>();
        Registration capture = commandBus.registerDispatchInterceptor(recordOpenings(partner, openings));
        String partnership;
        JsonNode opened;
        try {
            partnership = propose("Community-led abandonment of harmful practices", partner, requestId);
            String vetting = VettingSteps.vettingIdFor(partnership, partner);
            opened = api.getEventually(AUDITOR, "/api/audit/vettings/" + vetting + "/history",
                    response -> response.status() == 200).json().get("events").get(0);
        } finally {
            capture.cancel();
        }
        JsonNode proposed = history("partnerships", partnership).get("events").get(0);

        assertThat(proposed.get("type").asText()).isEqualTo("PartnershipProposed");
        assertThat(proposed.get("sequenceNumber").asLong()).isZero();
        assertThat(proposed.get("actor").get("userId").asText()).isEqualTo("officer");
        assertThat(proposed.get("actor").get("office").asText()).isEqualTo("CO-SEN");
        assertThat(proposed.get("actor").get("roles")).extracting(JsonNode::asText)
                .containsExactly("PARTNERSHIP_OFFICER");
        assertThat(proposed.get("requestId").asText()).isEqualTo(requestId);
        assertThat(proposed.get("timestamp").asText()).isNotBlank();
        String correlation = proposed.get("correlationId").asText();
        assertThat(proposed.get("causationId").asText()).as("caused by the request's command, the root")
                .isEqualTo(correlation);

        assertThat(opened.get("type").asText()).isEqualTo("VettingOpened");
        assertThat(opened.get("correlationId").asText()).as("the same chain").isEqualTo(correlation);
        assertThat(opened.get("requestId").asText()).isEqualTo(requestId);
        assertThat(opened.get("actor").get("userId").asText()).as("on the proposer's behalf").isEqualTo("officer");
        assertThat(openings).as("the policy's OpenVetting command").hasSize(1);
        CommandMessage<?> opening = openings.get(0);
        assertThat(opening.getMetaData().get("causationId")).as("the command names the event it reacted to")
                .isEqualTo(proposed.get("eventId").asText());
        assertThat(opened.get("causationId").asText()).as("the event names the command that recorded it")
                .isEqualTo(opening.getIdentifier());
        assertThat(storedMetaData(opened.get("eventId").asText())).as("as stored")
                .contains("\"causationId\":\"" + opening.getIdentifier() + "\"",
                        "\"requestId\":\"" + requestId + "\"", "\"userId\":\"officer\"");
    }

    @Test
    void a_partnership_as_of_an_earlier_version_or_instant_differs_from_its_current_view_which_it_equals_at_the_end() {
        String original = "Water for schools";
        String partnership = propose(original, "tostan-" + unique(), "audit-" + unique());
        assertThat(correctTitle(partnership, original, "Safe water for rural schools", "a typo, \"Sahel\" misspelt")
                .status()).isEqualTo(200);
        JsonNode events = history("partnerships", partnership).get("events");
        Instant proposedAt = Instant.parse(events.get(0).get("timestamp").asText());
        Instant correctedAt = Instant.parse(events.get(1).get("timestamp").asText());

        JsonNode atVersion0 = asOf("partnerships", partnership, "version=0").json();
        JsonNode atProposal = asOf("partnerships", partnership, "at=" + proposedAt).json();
        Response atCorrection = asOf("partnerships", partnership, "at=" + correctedAt);
        Response current = api.getEventually(AUDITOR, "/api/partnerships/" + partnership,
                response -> response.status() == 200 && response.json().get("version").asLong() == 1);

        assertThat(atVersion0.get("title").asText()).isEqualTo(original);
        assertThat(atVersion0.get("version").asLong()).isZero();
        assertThat(atVersion0.get("recordCorrections")).isEmpty();
        assertThat(atProposal).isEqualTo(atVersion0);
        assertThat(current.json().get("title").asText()).isEqualTo("Safe water for rural schools");
        assertThat(atCorrection.json()).as("the same handlers give the same view").isEqualTo(current.json());
        assertThat(atCorrection.header("ETag")).isEqualTo("\"1\"");
        assertThat(asOf("partnerships", partnership, "version=1").json()).isEqualTo(current.json());
        assertThat(asOf("partnerships", partnership, "at=" + proposedAt.minusMillis(1)).status())
                .as("before the partnership existed").isEqualTo(404);
        assertThat(asOf("partnerships", partnership, "version=2").status()).as("a version it never had")
                .isEqualTo(404);
    }

    @Test
    void a_vetting_as_of_its_screening_has_no_assessment_and_its_history_names_the_assessor() {
        String partner = "tostan-" + unique();
        String partnership = propose("Girls' education in Thies", partner, "audit-" + unique());
        String vetting = new VettingSteps(api, id -> false).openedVetting(partnership, partner);
        Response assessed = new VettingSteps(api, id -> false).assess(vetting, VETTER, Criterion.SANCTIONS, "MET");
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);

        JsonNode screened = asOf("vettings", vetting, "version=1").json();
        JsonNode current = api.getEventually(AUDITOR, "/api/vettings/" + vetting,
                response -> response.status() == 200 && response.json().get("version").asLong() == 2).json();
        JsonNode history = history("vettings", vetting);

        assertThat(screened.get("version").asLong()).isEqualTo(1);
        assertThat(screened.get("screenings")).hasSize(1);
        assertThat(screened.get("criteria")).allSatisfy(criterion -> assertThat(criterion.get("assessment").isNull())
                .isTrue());
        assertThat(asOf("vettings", vetting, "version=2").json()).isEqualTo(current);
        assertThat(current).isNotEqualTo(screened);
        assertThat(history.get("totalEvents").asLong()).isEqualTo(3);
        assertThat(history.get("events")).extracting(event -> event.get("type").asText())
                .containsExactly("VettingOpened", "SanctionsScreeningRecorded", "CriterionAssessed");
        JsonNode assessment = history.get("events").get(2);
        assertThat(assessment.get("actor").get("userId").asText()).isEqualTo(VETTER);
        assertThat(assessment.get("actor").get("roles")).extracting(JsonNode::asText)
                .containsExactly("VETTING_OFFICER");
        assertThat(assessment.get("payload").get("criterion").asText()).isEqualTo("SANCTIONS");
        assertThat(assessment.toString()).as("no serializer internals").doesNotContain("org.partnershipledger");
    }

    @Test
    void history_is_paged_with_the_reason_of_each_event_and_unknown_or_malformed_requests_are_refused() {
        String original = "Water for schools";
        String partnership = propose(original, "tostan-" + unique(), "audit-" + unique());
        correctTitle(partnership, original, "Water for rural schools", "a typo");

        JsonNode first = history("partnerships", partnership, "page=0&size=1");
        JsonNode second = history("partnerships", partnership, "page=1&size=1");

        assertThat(first.get("totalEvents").asLong()).isEqualTo(2);
        assertThat(first.get("events")).hasSize(1);
        assertThat(first.get("events").get(0).get("reason").isNull()).isTrue();
        assertThat(second.get("events").get(0).get("type").asText()).isEqualTo("RecordedFactCorrected");
        assertThat(second.get("events").get(0).get("reason").asText()).isEqualTo("a typo");
        assertThat(second.get("events").get(0).get("sequenceNumber").asLong()).isEqualTo(1);
        String unknown = "/api/audit/partnerships/" + UUID.randomUUID();
        assertThat(api.get(AUDITOR, unknown + "/history").status()).isEqualTo(404);
        assertThat(api.get(AUDITOR, unknown + "/as-of?version=0").status()).isEqualTo(404);
        assertThat(api.get(AUDITOR, "/api/audit/vettings/" + partnership + "/history").status())
                .as("a partnership is not a vetting").isEqualTo(404);
        String audit = "/api/audit/partnerships/" + partnership;
        assertThat(api.get(AUDITOR, audit + "/history?size=101").status()).isEqualTo(400);
        assertThat(api.get(AUDITOR, audit + "/as-of").status()).as("neither at nor version").isEqualTo(400);
        assertThat(api.get(AUDITOR, audit + "/as-of?version=0&at=2026-01-01T00:00:00Z").status()).isEqualTo(400);
        assertThat(api.get(AUDITOR, audit + "/as-of?at=yesterday").status()).isEqualTo(400);
        assertThat(api.get("officer", audit + "/history").status()).as("auditors only").isEqualTo(403);
    }

    @Test
    void the_log_exports_as_ndjson_and_as_csv_filtered_by_time_kind_and_actor() {
        Instant from = Instant.now().minusMillis(1);
        String title = "Water, \"WASH\" and schools";
        String partnership = propose(title, "tostan-" + unique(), "audit-" + unique());
        assertThat(correctTitle(partnership, title, "WASH in schools", "-budget, \"revised\"").status())
                .isEqualTo(200);
        Instant proposedAt = Instant.parse(history("partnerships", partnership).get("events").get(0)
                .get("timestamp").asText());
        String filter = "/api/audit/events?from=" + from + "&aggregateType=partnership&actor=officer";

        Response ndjson = export(filter, "application/x-ndjson");
        Response csv = export(filter, "text/csv");

        assertThat(ndjson.status()).as(ndjson.toString()).isEqualTo(200);
        assertThat(ndjson.header("Content-Type")).startsWith("application/x-ndjson");
        List<JsonNode> lines = ndjson.body().lines().map(AuditTrailContract::json).toList();
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.get("aggregateType").asText()).isEqualTo("Partnership");
            assertThat(line.get("actor").get("userId").asText()).isEqualTo("officer");
            assertThat(Instant.parse(line.get("timestamp").asText())).isAfterOrEqualTo(from);
        });
        List<JsonNode> ours = lines.stream().filter(line -> line.get("aggregateId").asText().equals(partnership))
                .toList();
        assertThat(ours).extracting(line -> line.get("type").asText())
                .containsExactly("PartnershipProposed", "RecordedFactCorrected");
        assertThat(ours.get(1).get("globalIndex").asLong()).isGreaterThan(ours.get(0).get("globalIndex").asLong());
        assertThat(ours.get(0).get("payload").get("title").asText()).isEqualTo(title);
        assertThat(ours.get(0).get("eventId").asText()).isNotBlank();
        assertThat(ours.get(1).get("sequenceNumber").asLong()).isEqualTo(1);

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<List<String>> rows = parseCsv(csv.body());
        List<String> header = rows.get(0);
        assertThat(header).startsWith("globalIndex", "eventId", "aggregateType", "aggregateId", "sequenceNumber",
                "type", "timestamp", "userId", "office", "roles", "correlationId", "causationId", "requestId",
                "reason", "payload");
        List<List<String>> ourRows = rows.stream()
                .filter(row -> row.get(header.indexOf("aggregateId")).equals(partnership)).toList();
        assertThat(ourRows).hasSize(2);
        List<String> correction = ourRows.get(1);
        assertThat(correction.get(header.indexOf("type"))).isEqualTo("RecordedFactCorrected");
        assertThat(correction.get(header.indexOf("reason"))).as("quoted, and guarded against formulas")
                .isEqualTo("'-budget, \"revised\"");
        assertThat(correction.get(header.indexOf("globalIndex")))
                .isEqualTo(ours.get(1).get("globalIndex").asText());
        assertThat(json(ourRows.get(0).get(header.indexOf("payload"))).get("title").asText()).isEqualTo(title);
        assertThat(ourRows.get(0).get(header.indexOf("eventId"))).isEqualTo(ours.get(0).get("eventId").asText());

        List<JsonNode> untilProposal = export("/api/audit/events?from=" + from + "&to=" + proposedAt,
                "application/x-ndjson").body().lines().map(AuditTrailContract::json)
                .filter(line -> line.get("aggregateId").asText().equals(partnership)).toList();
        assertThat(untilProposal).extracting(line -> line.get("type").asText()).containsExactly("PartnershipProposed");
        assertThat(export("/api/audit/events?from=" + from + "&actor=" + VETTER, "application/x-ndjson").body())
                .doesNotContain(partnership);
        assertThat(export("/api/audit/events", "application/json").status()).isEqualTo(406);
        assertThat(export("/api/audit/events?aggregateType=Partner", "text/csv").status()).isEqualTo(400);
        assertThat(export("/api/audit/events?from=" + from + "&to=" + from.minusSeconds(1), "text/csv").status())
                .isEqualTo(400);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private String propose(String title, String partnerId, String requestId) {
        Response created = api.post("officer", "/api/partnerships", """
                {"title": %s, "purpose": "Audit trail end-to-end",
                 "form": "FORMAL_PARTNERSHIP", "agencyRole": "PARTNER", "scope": "NATIONAL",
                 "transfer": {"amount": 250000, "currency": "USD"},
                 "partners": [{"partnerId": "%s", "name": "Tostan", "type": "CSO", "country": "SN",
                               "engagement": "ACTIVE"}]}""".formatted(quoted(title), partnerId),
                Map.of("X-Request-Id", requestId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private Response correctTitle(String partnership, String oldTitle, String newTitle, String reason) {
        return api.post("officer", "/api/partnerships/" + partnership + "/corrections", """
                {"fact": "TITLE", "oldValue": %s, "newValue": %s, "reason": %s}"""
                .formatted(quoted(oldTitle), quoted(newTitle), quoted(reason)));
    }

    private JsonNode history(String kind, String id) {
        return history(kind, id, "");
    }

    private JsonNode history(String kind, String id, String query) {
        Response response = api.get(AUDITOR, "/api/audit/" + kind + "/" + id + "/history"
                + (query.isEmpty() ? "" : "?" + query));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private Response asOf(String kind, String id, String point) {
        return api.get(AUDITOR, "/api/audit/" + kind + "/" + id + "/as-of?" + point);
    }

    private String storedMetaData(String eventId) {
        return jdbc.sql("SELECT meta_data FROM domain_event_entry WHERE event_identifier = ?").param(eventId)
                .query((rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8)).single();
    }

    private Response export(String path, String accept) {
        return api.raw(AUDITOR, "GET", path, null, Map.of("Accept", accept));
    }

    /** Records the OpenVetting commands dispatched for the partner, as they leave for the bus. */
    private static MessageDispatchInterceptor<CommandMessage<?>> recordOpenings(String partnerId,
                                                                                 List<CommandMessage<?>> openings) {
        return messages -> (index, command) -> {
            if (command.getPayload() instanceof OpenVetting open && open.partnerId().value().equals(partnerId)) {
                openings.add(command);
            }
            return command;
        };
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** RFC 4180: fields split by commas, records by CRLF; a quoted field may hold both, and doubles its quotes. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field.isEmpty() && row.isEmpty()).as("the last record ends with CRLF").isTrue();
        return rows;
    }
}
