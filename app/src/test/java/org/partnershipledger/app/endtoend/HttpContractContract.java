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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract clients rely on beyond the happy path: optimistic concurrency with {@code If-Match}, safe retries
 * with {@code Idempotency-Key}, and the body cap. Run once per database by its subclasses.
 */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"default", "test"})
abstract class HttpContractContract {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

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
    void a_command_with_a_stale_if_match_answers_412_and_changes_nothing() {
        String partnership = propose();
        assertThat(addPartner(partnership, "first", "\"0\"").status()).isEqualTo(201);

        Response stale = addPartner(partnership, "second", "\"0\"");

        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(eventsOf(partnership)).isEqualTo(2);
    }

    @Test
    void a_command_with_the_current_if_match_goes_through() {
        String partnership = propose();

        Response added = addPartner(partnership, "first", "\"0\"");

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void a_malformed_if_match_answers_400() {
        String partnership = propose();

        assertThat(addPartner(partnership, "first", "version one").status()).isEqualTo(400);
    }

    @Test
    void of_twenty_parallel_commands_expecting_the_same_version_exactly_one_succeeds() throws Exception {
        String partnership = propose();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Response>> commands = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String partner = "parallel-" + i;
                commands.add(() -> addPartner(partnership, partner, "\"0\""));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : clients.invokeAll(commands)) {
                statuses.add(answer.get().status());
            }

            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            // 409 for a command that lost the race inside the aggregate, 412 for one that arrived after the winner
            // had committed: either way the client must read again.
            assertThat(statuses).filteredOn(status -> status != 201).hasSize(19).allMatch(s -> s == 409 || s == 412);
            assertThat(eventsOf(partnership)).isEqualTo(2);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void a_retried_post_with_the_same_idempotency_key_returns_the_first_answer_and_stores_no_new_event() {
        String key = UUID.randomUUID().toString();
        Map<String, String> idempotent = Map.of("Idempotency-Key", key);
        long before = proposals();

        Response first = api.post("officer", "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY, idempotent);
        Response retry = api.post("officer", "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY, idempotent);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(proposals()).isEqualTo(before + 1);
    }

    @Test
    void the_same_idempotency_key_with_another_body_answers_422() {
        Map<String, String> idempotent = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        api.post("officer", "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY, idempotent);

        Response reused = api.post("officer", "/api/partnerships",
                ProposePartnershipContract.DOCUMENTED_BODY.replace("harmful practices", "other practices"), idempotent);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("type").asText()).endsWith("/idempotency-key-reused");
    }

    @Test
    void an_oversized_body_answers_413_as_a_problem() {
        String huge = ProposePartnershipContract.DOCUMENTED_BODY.replace("\"...\"", "\"" + "x".repeat(70_000) + "\"");

        Response refused = api.post("officer", "/api/partnerships", huge);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    private String propose() {
        Response created = api.post("officer", "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /**
     * New partners only, unknown to the other suites sharing this database: a partner cleared elsewhere would have its
     * clearance reused, and the policy's outcome would move the partnership's version in the middle of a test.
     */
    private Response addPartner(String partnership, String partnerId, String ifMatch) {
        String unique = partnerId + "-" + RUN;
        return api.post("officer", "/api/partnerships/" + partnership + "/partners", """
                {"partnerId": "%s", "name": "Partner %s", "type": "CSO", "country": "SN", "engagement": "ADVISORY"}
                """.formatted(unique, unique), Map.of("If-Match", ifMatch));
    }

    private long eventsOf(String partnership) {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?").param(partnership)
                .query(Long.class).single();
    }

    /** Proposals only: each also makes the vetting policy open and screen vettings, which add events of their own. */
    private long proposals() {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type LIKE '%.PartnershipProposed'")
                .query(Long.class).single();
    }
}
