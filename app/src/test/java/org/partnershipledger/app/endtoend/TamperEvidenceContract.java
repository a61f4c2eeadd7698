package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.application.audit.chain.ChainExtension;
import org.partnershipledger.application.audit.chain.HashChainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tamper evidence over real HTTP (ADR 013): partnerships are proposed through the API, the chain catches up, and an
 * auditor's verification answers VERIFIED; then one stored event is altered, or deleted, with SQL, as someone with
 * access to the database could, and the verification names exactly that event. Each test puts the row back as it
 * was, and shows that the log verifies again. Run once per database by its subclasses, in a context of its own (the
 * tests alter the event store), where the chainer runs every half second and waits two seconds for a missing index.
 */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.audit.hash-chain.run-every=500ms", "ledger.audit.hash-chain.gap-timeout=2s"})
@ActiveProfiles({"default", "test"})
abstract class TamperEvidenceContract {

    private static final String PROPOSED = "org.partnershipledger.domain.partnership.events.PartnershipProposed";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HashChainer chainer;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void the_untouched_event_log_verifies() {
        List<String> partnerships = propose(3);
        chainThrough(partnerships);

        Response answer = api.get("auditor", "/api/audit/verification");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).contains("no-store");
        JsonNode report = answer.json();
        assertThat(report.get("status").asText()).as(answer.toString()).isEqualTo("VERIFIED");
        assertThat(report.get("chainLength").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(report.get("verifiedEvents").asLong()).isEqualTo(report.get("chainLength").asLong());
        assertThat(report.get("firstTamperedEvent").isNull()).isTrue();
        assertThat(report.get("firstRemovedEvent").isNull()).isTrue();
        assertThat(report.get("chainedThroughGlobalIndex").asLong())
                .isGreaterThanOrEqualTo(proposal(partnerships.get(2)).globalIndex());
    }

    @Test
    void a_payload_altered_with_sql_is_named_by_the_verification() {
        List<String> partnerships = propose(3);
        chainThrough(partnerships);
        StoredRow target = proposal(partnerships.get(1));
        byte[] altered = new String(target.payload(), StandardCharsets.UTF_8)
                .replace("Community radio", "Community television").getBytes(StandardCharsets.UTF_8);
        assertThat(altered).isNotEqualTo(target.payload());

        JsonNode report;
        try {
            jdbc.sql("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?")
                    .params(altered, target.eventIdentifier()).update();
            report = verification();
        } finally {
            jdbc.sql("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?")
                    .params(target.payload(), target.eventIdentifier()).update();
        }

        assertThat(report.get("status").asText()).as(report.toString()).isEqualTo("TAMPERED");
        assertThat(report.get("tamperedEvents").asLong()).isEqualTo(1);
        JsonNode named = report.get("firstTamperedEvent");
        assertThat(named.get("eventIdentifier").asText()).isEqualTo(target.eventIdentifier());
        assertThat(named.get("aggregateIdentifier").asText()).isEqualTo(partnerships.get(1));
        assertThat(named.get("sequenceNumber").asLong()).isZero();
        assertThat(named.get("globalIndex").asLong()).isEqualTo(target.globalIndex());
        assertThat(report.get("verifiedEvents").asLong()).isEqualTo(report.get("chainLength").asLong() - 1);
        assertThat(verification().get("status").asText()).as("the original payload restored").isEqualTo("VERIFIED");
    }

    @Test
    void a_deleted_event_is_reported_as_removed_with_its_global_index() {
        List<String> partnerships = propose(3);
        chainThrough(partnerships);
        StoredRow target = proposal(partnerships.get(2));

        JsonNode report;
        try {
            jdbc.sql("DELETE FROM domain_event_entry WHERE event_identifier = ?").param(target.eventIdentifier())
                    .update();
            report = verification();
        } finally {
            target.restore(jdbc);
        }

        assertThat(report.get("status").asText()).as(report.toString()).isEqualTo("EVENTS_REMOVED");
        assertThat(report.get("removedEvents").asLong()).isEqualTo(1);
        JsonNode removed = report.get("firstRemovedEvent");
        assertThat(removed.get("globalIndex").asLong()).isEqualTo(target.globalIndex());
        assertThat(removed.get("eventIdentifier").asText()).isEqualTo(target.eventIdentifier());
        assertThat(removed.get("aggregateIdentifier").asText()).isEqualTo(partnerships.get(2));
        assertThat(report.get("tamperedEvents").asLong()).isZero();
        assertThat(verification().get("status").asText()).as("the row put back").isEqualTo("VERIFIED");
    }

    @Test
    void the_chain_catches_up_on_its_own_and_agrees_with_a_checkpoint_copied_from_it() {
        String partnership = propose(1).get(0);
        long index = proposal(partnership).globalIndex();

        Response caughtUp = api.getEventually("admin", "/api/audit/verification", answer -> answer.status() == 200
                && answer.json().get("chainedThroughGlobalIndex").asLong() >= index);
        assertThat(caughtUp.json().get("chainedThroughGlobalIndex").asLong()).as("the schedule ran")
                .isGreaterThanOrEqualTo(index);

        Response checkpoints = api.get("auditor", "/api/audit/checkpoints?size=1");
        assertThat(checkpoints.status()).as(checkpoints.toString()).isEqualTo(200);
        JsonNode newest = checkpoints.json().get("items").get(0);
        String position = newest.get("position").asText();
        String link = newest.get("link").asText();

        JsonNode agreeing = api.get("auditor", "/api/audit/verification?checkpointPosition=" + position
                + "&checkpointLink=" + link).json();
        assertThat(agreeing.get("suppliedCheckpoint").get("agrees").asBoolean()).as(agreeing.toString()).isTrue();
        assertThat(agreeing.get("status").asText()).isEqualTo("VERIFIED");

        String otherLink = (link.charAt(0) == '0' ? "1" : "0") + link.substring(1);
        JsonNode disagreeing = api.get("auditor", "/api/audit/verification?checkpointPosition=" + position
                + "&checkpointLink=" + otherLink).json();
        assertThat(disagreeing.get("suppliedCheckpoint").get("agrees").asBoolean()).isFalse();
        assertThat(disagreeing.get("status").asText()).isEqualTo("TAMPERED");
    }

    @Test
    void half_a_checkpoint_or_one_that_is_not_a_link_answers_400() {
        Response half = api.get("auditor", "/api/audit/verification?checkpointPosition=1");
        Response notALink = api.get("auditor", "/api/audit/verification?checkpointPosition=1&checkpointLink=abc");
        Response tooLarge = api.get("auditor", "/api/audit/checkpoints?size=101");

        for (Response refused : List.of(half, notALink, tooLarge)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private List<String> propose(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Response created = api.post("officer", "/api/partnerships", """
                    {"title": "Community radio %s", "purpose": "Local news in local languages",
                     "form": "COLLABORATIVE_RELATIONSHIP", "agencyRole": "PARTNER", "scope": "LOCAL",
                     "partners": [{"name": "Radio %s", "type": "MEDIA", "country": "SN", "engagement": "ACTIVE"}]}
                    """.formatted(UUID.randomUUID(), i));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            ids.add(created.json().get("id").asText());
        }
        return ids;
    }

    /** Triggers the chainer until it has chained the proposals of these partnerships. */
    private void chainThrough(List<String> partnerships) {
        long index = partnerships.stream().mapToLong(id -> proposal(id).globalIndex()).max().orElseThrow();
        Instant deadline = Instant.now().plusSeconds(20);
        ChainExtension extension = chainer.extend();
        while (extension.chainedThroughGlobalIndex() < index && Instant.now().isBefore(deadline)) {
            pause();
            extension = chainer.extend();
        }
        assertThat(extension.chainedThroughGlobalIndex()).as(extension.toString()).isGreaterThanOrEqualTo(index);
    }

    private JsonNode verification() {
        Response answer = api.get("auditor", "/api/audit/verification");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private StoredRow proposal(String partnership) {
        return jdbc.sql("""
                        SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                               payload_type, payload_revision, payload, meta_data
                          FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?""")
                .params(partnership, PROPOSED)
                .query((rs, row) -> new StoredRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9),
                        rs.getBytes(10)))
                .single();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A row of the event table, every column, to be put back exactly as it was. */
    record StoredRow(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                     String type, String timestamp, String payloadType, String payloadRevision, byte[] payload,
                     byte[] metadata) {

        void restore(JdbcClient jdbc) {
            jdbc.sql("""
                            INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                                   sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber, type, timestamp,
                            payloadType, payloadRevision, payload, metadata)
                    .update();
        }
    }
}
