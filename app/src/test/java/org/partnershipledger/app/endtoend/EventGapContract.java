package org.partnershipledger.app.endtoend;

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

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, gaps: an event committed after events with higher global indexes is not skipped. A transaction takes a
 * global index from the sequence when it inserts its event (ADR 002) but shows it only when it commits; here it is held
 * open, by hand, while later partnerships are proposed through the API and processed, and committed afterwards, well
 * inside the gap timeout (ADR 022). Every projection and the hash chain must then pick the slow event up. Run once per
 * database by its subclasses.
 */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"default", "test"})
abstract class EventGapContract {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void an_event_committed_after_later_events_were_processed_still_reaches_every_projection_and_the_chain()
            throws SQLException {
        String template = propose("Template " + UUID.randomUUID());
        assertThat(api.getEventually("auditor", "/api/partnerships/" + template, ok()).status()).isEqualTo(200);
        String partnerId = api.get("auditor", "/api/partnerships/" + template).json()
                .get("partners").get(0).get("partnerId").asText();
        String slow = UUID.randomUUID().toString();
        String slowTitle = "Committed late " + UUID.randomUUID();

        long slowIndex;
        long laterIndex;
        try (Connection transaction = dataSource.getConnection()) {
            transaction.setAutoCommit(false);
            slowIndex = insertCopyOfProposal(transaction, template, slow, slowTitle);

            String later = propose("Committed early " + UUID.randomUUID());
            assertThat(api.getEventually("auditor", "/api/partnerships/" + later, ok()).status())
                    .as("the later event is processed while the earlier index is still uncommitted").isEqualTo(200);
            laterIndex = globalIndexOf(later);
            for (String projection : ReplayAndEvolutionContract.PROJECTIONS) {
                awaitPosition(projection, laterIndex);
            }
            assertThat(slowIndex).as("the slow event holds an earlier global index").isLessThan(laterIndex);
            assertThat(api.get("auditor", "/api/partnerships/" + slow).status()).isEqualTo(404);

            transaction.commit();
        }

        Response view = api.getEventually("auditor", "/api/partnerships/" + slow, ok());
        assertThat(view.status()).as("the partnership views picked up the event committed late").isEqualTo(200);
        assertThat(view.json().get("title").asText()).isEqualTo(slowTitle);
        assertThat(api.getEventually("auditor", "/api/partners/" + partnerId,
                response -> response.body().contains(slow)).body())
                .as("the partner registry picked it up too").contains(slow);
        assertThat(eventually(Duration.ofSeconds(30), () -> chained(slowIndex)))
                .as("the hash chain waited for the gap and chained the slow event").isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hash_chain_gap WHERE ? BETWEEN first_index AND last_index")
                .param(slowIndex).query(Long.class).single()).as("no gap recorded").isZero();
    }

    /**
     * Stores, in the given open transaction, a copy of the template's proposal for another partnership: the payload
     * as the application serialized it, with the template's id and title replaced.
     */
    private long insertCopyOfProposal(Connection transaction, String template, String partnership, String title)
            throws SQLException {
        String eventId = UUID.randomUUID().toString();
        byte[] payload;
        try (PreparedStatement read = transaction.prepareStatement("SELECT payload FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 0")) {
            read.setString(1, template);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                String json = new String(row.getBytes(1), StandardCharsets.UTF_8);
                String templateTitle = api.get("auditor", "/api/partnerships/" + template).json().get("title").asText();
                payload = json.replace(template, partnership).replace(templateTitle, title)
                        .getBytes(StandardCharsets.UTF_8);
            }
        }
        try (PreparedStatement insert = transaction.prepareStatement("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT ?, ?, 0, type, ?, payload_type, payload_revision, ?, meta_data
                  FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""")) {
            insert.setString(1, eventId);
            insert.setString(2, partnership);
            insert.setString(3, Instant.now().toString());
            insert.setBytes(4, payload);
            insert.setString(5, template);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        try (PreparedStatement index = transaction.prepareStatement(
                "SELECT global_index FROM domain_event_entry WHERE event_identifier = ?")) {
            index.setString(1, eventId);
            try (ResultSet row = index.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    private String propose(String title) {
        Response created = api.post("officer", "/api/partnerships", """
                {"title": "%s", "purpose": "...", "form": "FORMAL_PARTNERSHIP", "agencyRole": "PARTNER",
                 "scope": "NATIONAL", "transfer": {"amount": 250000, "currency": "USD"},
                 "partners": [{"name": "Tostan %s", "type": "CSO", "country": "SN", "engagement": "ACTIVE"}]}"""
                .formatted(title, UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private long globalIndexOf(String aggregateId) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? AND "
                + "sequence_number = 0").param(aggregateId).query(Long.class).single();
    }

    private boolean chained(long globalIndex) {
        return jdbc.sql("SELECT COUNT(*) FROM hash_chain_link WHERE global_index = ?").param(globalIndex)
                .query(Long.class).single() == 1;
    }

    private void awaitPosition(String projection, long globalIndex) {
        Response status = api.getEventually("admin", "/api/admin/projections/" + projection, response ->
                response.json().path("position").asLong(-1) >= globalIndex);
        assertThat(status.json().path("position").asLong(-1)).as(status.toString()).isGreaterThanOrEqualTo(globalIndex);
    }

    private static boolean eventually(Duration patience, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static java.util.function.Predicate<Response> ok() {
        return response -> response.status() == 200;
    }
}
