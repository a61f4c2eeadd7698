package org.partnershipledger.adapters.persistence.idempotency;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.application.idempotency.KeyClaim;
import org.partnershipledger.application.idempotency.StoredResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The idempotency store's promises, run against each database by a subclass. */
abstract class IdempotencyStoreContract {

    private static final StoredResponse CREATED = new StoredResponse(201,
            Map.of("Location", "/api/partnerships/p-1", "ETag", "\"0\""),
            "{\"id\":\"p-1\",\"version\":0}".getBytes(StandardCharsets.UTF_8));

    private JdbcIdempotencyStore store;
    private String key;

    protected abstract DataSource database();

    protected abstract String vendor();

    @BeforeEach
    void migrate() {
        DataSource database = database();
        Flyway.configure().dataSource(database).locations("classpath:db/migration/" + vendor()).load().migrate();
        store = new JdbcIdempotencyStore(JdbcClient.create(database), Clock.systemUTC());
        key = UUID.randomUUID().toString();
    }

    @Test
    void a_new_key_is_granted() {
        assertThat(store.claim("officer", key, "fingerprint")).isInstanceOf(KeyClaim.Granted.class);
    }

    @Test
    void a_retry_after_the_answer_replays_it() {
        store.claim("officer", key, "fingerprint");
        store.complete("officer", key, CREATED);

        KeyClaim retry = store.claim("officer", key, "fingerprint");

        assertThat(retry).isInstanceOf(KeyClaim.Replay.class);
        StoredResponse replayed = ((KeyClaim.Replay) retry).response();
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.headers()).isEqualTo(CREATED.headers());
        assertThat(new String(replayed.body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"p-1\",\"version\":0}");
    }

    @Test
    void a_retry_before_the_answer_is_told_the_request_is_in_progress() {
        store.claim("officer", key, "fingerprint");

        assertThat(store.claim("officer", key, "fingerprint")).isInstanceOf(KeyClaim.InProgress.class);
    }

    @Test
    void the_same_key_for_another_request_is_refused() {
        store.claim("officer", key, "fingerprint");
        store.complete("officer", key, CREATED);

        assertThat(store.claim("officer", key, "another fingerprint"))
                .isInstanceOf(KeyClaim.ReusedForAnotherRequest.class);
    }

    @Test
    void a_released_key_is_granted_again() {
        store.claim("officer", key, "fingerprint");
        store.release("officer", key);

        assertThat(store.claim("officer", key, "fingerprint")).isInstanceOf(KeyClaim.Granted.class);
    }

    @Test
    void an_answered_key_is_not_released() {
        store.claim("officer", key, "fingerprint");
        store.complete("officer", key, CREATED);
        store.release("officer", key);

        assertThat(store.claim("officer", key, "fingerprint")).isInstanceOf(KeyClaim.Replay.class);
    }

    @Test
    void keys_belong_to_their_caller() {
        store.claim("officer", key, "fingerprint");
        store.complete("officer", key, CREATED);

        assertThat(store.claim("auditor", key, "fingerprint")).isInstanceOf(KeyClaim.Granted.class);
    }

    @Test
    void of_concurrent_first_requests_exactly_one_is_granted() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(10);
        try {
            List<Callable<KeyClaim>> claims = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                claims.add(() -> store.claim("officer", key, "fingerprint"));
            }
            List<KeyClaim> results = new ArrayList<>();
            for (Future<KeyClaim> claim : threads.invokeAll(claims)) {
                results.add(claim.get());
            }
            assertThat(results).filteredOn(KeyClaim.Granted.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(KeyClaim.InProgress.class::isInstance).hasSize(9);
        } finally {
            threads.shutdownNow();
        }
    }
}
