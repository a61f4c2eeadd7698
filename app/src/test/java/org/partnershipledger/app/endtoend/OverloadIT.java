package org.partnershipledger.app.endtoend;

import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flooded by many users at once, the service sheds what it cannot work on (503) and slows down the heaviest users
 * (429), both at once and with {@code Retry-After}, answers nothing else and lets no client time out; health probes
 * pass throughout, and once the flood ends the service serves normally again without anyone stepping in. The limits
 * are set low here so that a test machine can exceed them.
 */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.http.max-concurrent-requests=24", "ledger.http.rate-limit-burst=5",
                "ledger.http.rate-limit-per-second=2"})
@ActiveProfiles({"default", "test"})
class OverloadIT {

    private static final List<String> USERS = List.of("officer", "vetter", "approver-country", "approver-regional",
            "committee", "auditor");
    private static final int CLIENTS = 64;
    private static final int REQUESTS = 600;
    private static final Set<Integer> SHED_OR_SERVED = Set.of(200, 201, 429, 503);

    @LocalServerPort
    int port;

    @Test
    void a_flood_is_answered_with_success_429_or_503_and_the_service_recovers_by_itself() throws Exception {
        ApiClient api = new ApiClient(port);
        Queue<Response> answers = new ConcurrentLinkedQueue<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Queue<Integer> health = new ConcurrentLinkedQueue<>();
        AtomicBoolean flooding = new AtomicBoolean(true);

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
        clients.submit(() -> {
            while (flooding.get()) {
                health.add(api.get(null, "/actuator/health").status());
            }
        });
        List<Future<?>> flood = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String user = USERS.get(i % USERS.size());
            flood.add(clients.submit(() -> {
                try {
                    answers.add(user.equals("officer")
                            ? api.post(user, "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY)
                            : api.get(user, "/api/partnership-statistics"));
                } catch (RuntimeException e) {
                    failures.add(user + ": " + e);
                }
            }));
        }
        for (Future<?> request : flood) {
            request.get(2, TimeUnit.MINUTES);
        }
        flooding.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        assertThat(failures).as("requests that failed or timed out").isEmpty();
        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(Response::status, Collectors.counting()));
        assertThat(byStatus.keySet()).as("answers by status: %s", byStatus).isSubsetOf(SHED_OR_SERVED)
                .contains(503, 429);
        assertThat(byStatus.get(200) + byStatus.getOrDefault(201, 0L)).as("served: %s", byStatus).isPositive();
        assertThat(answers).filteredOn(r -> r.status() == 503 || r.status() == 429).allSatisfy(refused -> {
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 5);
        });
        assertThat(answers).filteredOn(r -> r.status() == 503).first()
                .satisfies(shed -> assertThat(shed.json().get("type").asText()).endsWith("/overloaded"));
        assertThat(health).as("health during the flood").isNotEmpty().containsOnly(200);

        assertThat(servedWithin(Duration.ofSeconds(5), () -> api.get("auditor", "/api/partnership-statistics")))
                .as("a read after the flood").isEqualTo(200);
        assertThat(servedWithin(Duration.ofSeconds(5),
                () -> api.post("officer", "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY)))
                .as("a proposal after the flood").isEqualTo(201);
    }

    /** The status of the first answer that is not a refusal for load, asking again until the deadline. */
    private static int servedWithin(Duration patience, java.util.function.Supplier<Response> request)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        Response response = request.get();
        while ((response.status() == 429 || response.status() == 503) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            response = request.get();
        }
        return response.status();
    }
}
