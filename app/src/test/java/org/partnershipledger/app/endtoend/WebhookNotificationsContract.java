package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.app.support.LoopbackReceiver;
import org.partnershipledger.app.support.LoopbackReceiver.Received;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Issue 9, webhooks, over real HTTP both ways: administrators register subscribers through the API, officers cause
 * events through the API, and a real HTTP receiver on loopback gets them, signed. Retries are a few hundred
 * milliseconds apart here (the properties below), so that retry and parking happen within a test. Run once per
 * database by its subclasses.
 */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.webhooks.max-attempts=3", "ledger.webhooks.base-delay=200ms",
                "ledger.webhooks.max-delay=400ms", "ledger.webhooks.poll-interval=50ms",
                "ledger.webhooks.request-timeout=2s"})
@ActiveProfiles({"default", "test"})
abstract class WebhookNotificationsContract {

    static final String ADMIN = "admin";
    static final String SUBSCRIPTIONS = "/api/admin/webhook-subscriptions";
    static final String DELIVERIES = "/api/admin/webhook-deliveries";
    static final String SECRET = "whsec-" + UUID.randomUUID();
    /** Longer than the whole retry schedule (200 ms + 400 ms) and many polls: what has not come by then never comes. */
    static final Duration SETTLE = Duration.ofMillis(2500);

    private static final ObjectMapper JSON = new ObjectMapper();
    /** One per test class: the H2 and PostgreSQL subclasses share this field, and each closes its own. */
    private static LoopbackReceiver receiver;

    @LocalServerPort
    int port;

    ApiClient api;
    final List<String> subscribed = new ArrayList<>();

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    /** Other tests' partnerships must not reach this test's subscribers. */
    @AfterEach
    void unsubscribe() {
        subscribed.forEach(id -> api.delete(ADMIN, SUBSCRIPTIONS + "/" + id));
    }

    @BeforeAll
    static void startReceiver() {
        receiver = new LoopbackReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void a_subscriber_receives_the_events_it_asked_for_as_json_signed_with_its_secret() throws Exception {
        String hook = receiver.endpoint(204);
        String elsewhere = receiver.endpoint(200);
        String subscription = subscribe(hook, "PartnershipProposed", "ProposalWithdrawn");
        subscribe(elsewhere, "AgreementConcluded");

        String partnership = propose();

        Received request = awaitOne(hook, partnership);
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("eventType").asText()).isEqualTo("PartnershipProposed");
        assertThat(body.get("aggregateType").asText()).isEqualTo("Partnership");
        assertThat(body.get("aggregateId").asText()).isEqualTo(partnership);
        assertThat(body.get("sequenceNumber").asLong()).isZero();
        assertThat(Instant.parse(body.get("occurredAt").asText())).isBefore(Instant.now());
        assertThat(body.get("eventId").asText()).isNotBlank();
        assertThat(body.get("payload").get("title").asText()).isEqualTo("Community-led abandonment of harmful practices");
        assertThat(body.get("payload").get("agencyTransfer").get("amount").decimalValue())
                .isEqualByComparingTo("250000");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("Ledger-Delivery-Id")).isEqualTo(body.get("deliveryId").asText());
        assertThat(request.header("Ledger-Event-Type")).isEqualTo("PartnershipProposed");
        assertSignedWithTheSecret(request);

        JsonNode delivery = awaitDelivery(body.get("deliveryId").asText(), "DELIVERED");
        assertThat(delivery.get("subscriptionId").asText()).isEqualTo(subscription);
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        sleep(SETTLE);
        assertThat(requestsFor(hook, partnership)).as("the vetting events that followed were not asked for")
                .hasSize(1);
        assertThat(requestsFor(elsewhere, partnership)).as("a subscriber to other events hears nothing").isEmpty();
    }

    @Test
    void a_delivery_answered_with_500_is_delivered_on_the_next_attempt_with_the_same_id_and_body() throws Exception {
        String hook = receiver.endpoint(500, 200);
        subscribe(hook, "PartnershipProposed");

        String partnership = propose();

        awaitTrue(() -> requestsFor(hook, partnership).size() == 2, "two attempts");
        List<Received> attempts = requestsFor(hook, partnership);
        assertThat(attempts.get(1).body()).isEqualTo(attempts.get(0).body());
        assertThat(attempts.get(1).header("Ledger-Delivery-Id")).isEqualTo(attempts.get(0).header("Ledger-Delivery-Id"));
        attempts.forEach(this::assertSignedWithTheSecret);
        JsonNode delivery = awaitDelivery(attempts.get(0).header("Ledger-Delivery-Id"), "DELIVERED");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
        assertThat(delivery.get("lastError").isNull()).isTrue();
        sleep(SETTLE);
        assertThat(requestsFor(hook, partnership)).as("nothing is sent after the delivery").hasSize(2);
    }

    @Test
    void a_delivery_that_always_fails_is_parked_after_the_last_attempt_visible_and_can_be_retried() {
        String hook = receiver.endpoint(500);
        String subscription = subscribe(hook, "PartnershipProposed");

        String partnership = propose();

        awaitTrue(() -> requestsFor(hook, partnership).size() == 3, "three attempts");
        String deliveryId = requestsFor(hook, partnership).get(0).header("Ledger-Delivery-Id");
        JsonNode parked = awaitDelivery(deliveryId, "PARKED");
        assertThat(parked.get("attempts").asInt()).isEqualTo(3);
        assertThat(parked.get("lastError").asText()).isEqualTo("HTTP 500");
        Response listed = api.get(ADMIN, DELIVERIES + "?status=PARKED&subscriptionId=" + subscription);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("items").findValuesAsText("id")).containsExactly(deliveryId);
        sleep(SETTLE);
        assertThat(requestsFor(hook, partnership)).as("a parked delivery is not tried again by itself").hasSize(3);

        receiver.answer(hook, 200);
        Response retried = api.post(ADMIN, DELIVERIES + "/" + deliveryId + "/retry", "");

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("status").asText()).isIn("PENDING", "DELIVERED");
        JsonNode delivered = awaitDelivery(deliveryId, "DELIVERED");
        assertThat(delivered.get("attempts").asInt()).as("counted afresh from the retry").isEqualTo(1);
        assertThat(requestsFor(hook, partnership)).hasSize(4);
        Response again = api.post(ADMIN, DELIVERIES + "/" + deliveryId + "/retry", "");
        assertThat(again.status()).as("only a parked delivery is retried").isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.post(ADMIN, DELIVERIES + "/" + UUID.randomUUID() + "/retry", "").status()).isEqualTo(404);
    }

    @Test
    void an_admin_replay_of_the_projections_delivers_nothing_again_and_notifications_never_replay() {
        String hook = receiver.endpoint(200);
        String subscription = subscribe(hook, "PartnershipProposed", "VettingOpened");
        String partnership = propose();
        awaitTrue(() -> requestsFor(hook, partnership).size() == 2, "the proposal and the vetting it opened");
        int deliveriesBefore = deliveriesOf(subscription).size();

        for (String projection : List.of("partnership-views", "vetting-views", "partner-registry")) {
            Response replay = api.post(ADMIN, "/api/admin/projections/" + projection + "/replay", "");
            assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
        }
        Response refused = api.post(ADMIN, "/api/admin/projections/event-notifications/replay", "");
        awaitTrue(() -> List.of("partnership-views", "vetting-views", "partner-registry").stream()
                .allMatch(this::replayFinished), "the replays finish");
        sleep(SETTLE);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).endsWith("/replay-not-allowed");
        assertThat(requestsFor(hook, partnership)).as("nothing was announced again").hasSize(2);
        assertThat(deliveriesOf(subscription)).hasSize(deliveriesBefore);
        assertThat(api.get(ADMIN, "/api/admin/projections/event-notifications").json().get("replayable")
                .asBoolean()).isFalse();
    }

    @Test
    void a_subscriber_that_is_removed_hears_nothing_more_and_its_secret_is_never_shown() {
        String hook = receiver.endpoint(200);
        String subscription = subscribe(hook, "PartnershipProposed");

        Response one = api.get(ADMIN, SUBSCRIPTIONS + "/" + subscription);
        Response all = api.get(ADMIN, SUBSCRIPTIONS + "?size=100");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("url").asText()).isEqualTo(receiver.url(hook));
        assertThat(one.json().get("eventTypes").get(0).asText()).isEqualTo("PartnershipProposed");
        assertThat(one.json().get("createdBy").asText()).isEqualTo(ADMIN);
        assertThat(one.body()).doesNotContain(SECRET).doesNotContain("secret");
        assertThat(all.body()).contains(subscription).doesNotContain(SECRET);

        Response removed = api.delete(ADMIN, SUBSCRIPTIONS + "/" + subscription);
        String partnership = propose();
        sleep(SETTLE);

        assertThat(removed.status()).isEqualTo(204);
        assertThat(api.get(ADMIN, SUBSCRIPTIONS + "/" + subscription).status()).isEqualTo(404);
        assertThat(api.delete(ADMIN, SUBSCRIPTIONS + "/" + subscription).status()).isEqualTo(404);
        assertThat(requestsFor(hook, partnership)).isEmpty();
        assertThat(deliveriesOf(subscription)).isEmpty();
    }

    @Test
    void a_subscription_that_could_not_be_delivered_or_verified_is_refused_naming_the_field_and_nothing_is_stored() {
        int before = api.get(ADMIN, SUBSCRIPTIONS + "?size=100").json().get("items").size();
        String valid = receiver.url("/hooks/never");

        List<Response> refused = List.of(
                register("ftp://example.org/hook", SECRET, "PartnershipProposed"),
                register("not a url at all", SECRET, "PartnershipProposed"),
                register("/relative/path", SECRET, "PartnershipProposed"),
                register("https://user:password@example.org/hook", SECRET, "PartnershipProposed"),
                register("http://", SECRET, "PartnershipProposed"),
                register(valid, "short", "PartnershipProposed"),
                register(valid, SECRET, "PartnershipExploded"),
                register(valid, SECRET));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        });
        assertThat(refused.subList(0, 5)).allSatisfy(response ->
                assertThat(response.json().get("field").asText()).isEqualTo("url"));
        assertThat(refused.get(6).json().get("detail").asText()).contains("PartnershipExploded");
        assertThat(api.get(ADMIN, SUBSCRIPTIONS + "?size=100").json().get("items")).hasSize(before);
    }

    // ---- steps ----------------------------------------------------------------------------------------------------

    private String subscribe(String path, String... eventTypes) {
        Response created = register(receiver.url(path), SECRET, eventTypes);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).isEqualTo(SUBSCRIPTIONS + "/" + id);
        subscribed.add(id);
        return id;
    }

    private Response register(String url, String secret, String... eventTypes) {
        try {
            return api.post(ADMIN, SUBSCRIPTIONS, JSON.writeValueAsString(new java.util.LinkedHashMap<>(java.util.Map.of(
                    "url", url, "secret", secret, "eventTypes", List.of(eventTypes),
                    "description", "test receiver"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String propose() {
        Response created = api.post("officer", "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private List<Received> requestsFor(String path, String partnership) {
        return receiver.receivedAt(path).stream().filter(request -> request.body().contains(partnership)).toList();
    }

    private Received awaitOne(String path, String partnership) {
        awaitTrue(() -> !requestsFor(path, partnership).isEmpty(), "a request at " + path);
        return requestsFor(path, partnership).get(0);
    }

    private List<JsonNode> deliveriesOf(String subscription) {
        List<JsonNode> deliveries = new ArrayList<>();
        api.get(ADMIN, DELIVERIES + "?size=100&subscriptionId=" + subscription).json().get("items")
                .forEach(deliveries::add);
        return deliveries;
    }

    private JsonNode awaitDelivery(String id, String status) {
        awaitTrue(() -> api.get(ADMIN, DELIVERIES + "/" + id).json().path("status").asText().equals(status),
                "delivery " + id + " " + status);
        return api.get(ADMIN, DELIVERIES + "/" + id).json();
    }

    private boolean replayFinished(String projection) {
        JsonNode status = api.get(ADMIN, "/api/admin/projections/" + projection).json();
        return status.path("lastReplay").hasNonNull("finishedAt") && status.get("state").asText().equals("CAUGHT_UP");
    }

    /** What a receiver does: recompute the HMAC over {@code <timestamp>.<body>} with the secret, independently. */
    private void assertSignedWithTheSecret(Received request) {
        String timestamp = request.header("Ledger-Timestamp");
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp))).as("fresh").isLessThan(60);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + request.body())
                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(request.header("Ledger-Signature")).isEqualTo("t=" + timestamp + ",v1=" + expected);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("waited 20 s for " + what);
            }
            sleep(Duration.ofMillis(50));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
