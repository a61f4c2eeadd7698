package org.partnershipledger.app.endtoend;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.testsupport.TcpProxy;
import org.slf4j.LoggerFactory;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees (issue 8, ADR 023): Axon's message metrics and each processor's lag at
 * {@code /actuator/prometheus} for administrators only; the request and correlation ids on log lines written while
 * handling the events and commands a request caused; readiness DOWN while a processor is stuck or the event store is
 * unreachable, and UP again when it recovers. The database is reached through a {@link TcpProxy} that the subclass
 * puts in front of it, so that a test can take it away without stopping a server other tests use. Samples are taken
 * every 100 ms here, a processor counts as stuck after 3 s and the event store as silent after 2 s.
 */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "ledger.observability.sample-interval=100ms",
                // Long enough that a processor catching up on a busy machine is not taken for stuck.
                "ledger.observability.processor-stuck-after=3s",
                "ledger.observability.event-store-timeout=2s",
                // Connections the proxy refuses must fail fast, not hold a thread for the pool's default 30 s.
                "spring.datasource.hikari.connection-timeout=1000"})
@ActiveProfiles({"default", "test"})
// Spring Boot's tests leave metrics exporters off unless asked: this one is about what the Prometheus endpoint says.
@AutoConfigureMetrics
@Import(ObservabilityProbe.class)
// Closed after the class: its database sits behind a proxy that nothing else uses, and its processors must not keep
// polling it while later classes run.
@DirtiesContext
abstract class ObservabilityContract {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String READINESS = "/actuator/health/readiness";
    private static final List<String> PROCESSORS = List.of("partnership-views", "partner-registry", "vetting-views",
            "vetting-process", ObservabilityProbe.PROCESSOR);

    @LocalServerPort
    int port;

    ApiClient api;
    ListAppender<ILoggingEvent> probeLines;

    /** The proxy between the service and its database. */
    abstract TcpProxy database();

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        ObservabilityProbe.FAILING.set(false);
        probeLines = new ListAppender<>();
        probeLines.start();
        probeLogger(ObservabilityProbe.EVENT_LOG).addAppender(probeLines);
        probeLogger(ObservabilityProbe.COMMAND_LOG).addAppender(probeLines);
        // Whatever a test did, the next one starts from a ready service.
        database().restore();
        assertThat(eventually(() -> api.get(null, READINESS), ready()).status())
                .as(() -> api.get("admin", READINESS).toString()).isEqualTo(200);
    }

    @AfterEach
    void detach() {
        ObservabilityProbe.FAILING.set(false);
        database().restore();
        probeLogger(ObservabilityProbe.EVENT_LOG).detachAppender(probeLines);
        probeLogger(ObservabilityProbe.COMMAND_LOG).detachAppender(probeLines);
    }

    @Test
    void administrators_scrape_axon_message_metrics_and_every_processor_lag() {
        // The gauges show the monitor's last sample: a lag of 0 sampled before the proposal proves nothing, so wait
        // for a sample whose head has passed the head of a quiet sample taken before it (earlier tests of this class
        // have already stored events, so a head above 0 is not enough).
        long headBefore = head(eventually(this::scrape, ObservabilityContract::caughtUp));
        String id = propose("metrics-" + unique());
        Response scrape = eventually(this::scrape, response -> head(response) > headBefore && caughtUp(response));

        assertThat(scrape.status()).as(scrape.toString()).isEqualTo(200);
        assertThat(scrape.header("Content-Type")).startsWith("text/plain");
        String metrics = scrape.body();
        assertThat(metrics).as("Axon's command bus counts each command type")
                .containsPattern("(?m)^commandBus_successCounter_total\\{payloadType=\"ProposePartnership\"} [1-9]");
        assertThat(metrics).as("Axon's event processors count each event type per processor")
                .containsPattern("(?m)^eventProcessor_successCounter_total\\{payloadType=\"PartnershipProposed\","
                        + "processorName=\"partnership-views\"} [1-9]");
        assertThat(metrics).as("Axon's time lag of each processor")
                .containsPattern("(?m)^eventProcessor_latency\\{processorName=\"partnership-views\"} ");
        assertThat(metrics).as("no per-message timers nor capacity windows of Axon's, which cost CPU on "
                        + "every message (ADR 028)")
                .doesNotContainPattern("(?m)^(commandBus|eventStore|queryBus|queryUpdateEmitter|eventProcessor)_"
                        + "\\w*([Tt]imer|capacity)");
        for (String processor : PROCESSORS) {
            assertThat(lag(scrape, processor)).as("lag of " + processor).hasValue(0L);
        }
        assertThat(gauge(scrape, "ledger_event_store_head")).as("the head has reached the proposal")
                .hasValueSatisfying(head -> assertThat(head).isPositive());
        assertThat(api.get("officer", "/api/partnerships/" + id).status()).isEqualTo(200);
    }

    @Test
    void anyone_reads_which_build_and_commit_runs() {
        Response info = api.get(null, "/actuator/info");

        assertThat(info.status()).as(info.toString()).isEqualTo(200);
        JsonNode build = info.json().path("build");
        assertThat(build.path("artifact").asText()).isEqualTo("app");
        assertThat(build.path("version").asText()).isNotBlank();
        assertThat(build.path("time").asText()).isNotBlank();
        assertThat(info.json().path("git").path("commit").path("id").asText()).as(info.toString()).matches("[0-9a-f]{7,}");
        assertThat(info.json().path("git").path("branch").asText()).isNotBlank();
    }

    @Test
    void metrics_are_for_administrators_only() {
        Response officer = api.get("officer", "/actuator/prometheus");
        Response auditor = api.get("auditor", "/actuator/prometheus");
        Response anonymous = api.get(null, "/actuator/prometheus");

        assertThat(officer.status()).isEqualTo(403);
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(officer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(officer.body()).doesNotContain("commandBus");
        assertThat(anonymous.body()).doesNotContain("commandBus");
    }

    @Test
    void lines_logged_while_handling_what_a_request_caused_carry_its_request_and_correlation_ids() {
        String first = "obs-" + unique();
        String second = "obs-" + unique();
        String firstPartnership = propose(first);
        String secondPartnership = propose(second);

        for (String[] request : new String[][]{{first, firstPartnership}, {second, secondPartnership}}) {
            String requestId = request[0];
            String partnership = request[1];
            String correlation = api.getEventually("auditor", "/api/audit/partnerships/" + partnership + "/history",
                    response -> response.status() == 200).json().get("events").get(0).get("correlationId").asText();

            ILoggingEvent event = line("probe saw the proposal of " + partnership);
            ILoggingEvent command = line("probe noted the proposal of " + partnership);

            assertThat(event.getThreadName()).as("an event processor's thread, not the request's")
                    .doesNotStartWith("http");
            assertThat(event.getMDCPropertyMap()).as("the event handler's line")
                    .containsEntry("requestId", requestId).containsEntry("correlationId", correlation);
            assertThat(command.getMDCPropertyMap()).as("the line of the handler of the command the event caused")
                    .containsEntry("requestId", requestId).containsEntry("correlationId", correlation);
        }
        assertThat(probeLines.list).as("no line of one request carries the other's id")
                .filteredOn(line -> line.getFormattedMessage().endsWith(firstPartnership))
                .allSatisfy(line -> assertThat(line.getMDCPropertyMap()).containsEntry("requestId", first));
    }

    @Test
    void readiness_goes_down_while_a_processor_is_stuck_and_up_when_it_recovers() {
        ObservabilityProbe.FAILING.set(true);
        String id = propose("stuck-" + unique());

        Response details = eventually(() -> api.get("admin", READINESS),
                response -> "STUCK".equals(processorState(response, ObservabilityProbe.PROCESSOR)));
        Response stuck = api.get(null, READINESS);
        Response liveness = api.get(null, "/actuator/health/liveness");

        assertThat(processorState(details, ObservabilityProbe.PROCESSOR)).as(details.toString()).isEqualTo("STUCK");
        assertThat(details.json().at("/components/eventProcessors/status").asText()).isEqualTo("DOWN");
        assertThat(details.json().at("/components/eventStore/status").asText()).isEqualTo("UP");
        assertThat(stuck.status()).as(stuck.toString()).isEqualTo(503);
        assertThat(stuck.json().get("status").asText()).isEqualTo("DOWN");
        assertThat(stuck.json().has("components")).as("anonymous callers see no details").isFalse();
        assertThat(api.getEventually("officer", "/api/partnerships/" + id, response -> response.status() == 200)
                .status()).as("the other processors carry on").isEqualTo(200);
        assertThat(liveness.status()).as("a restart would not help: liveness stays UP").isEqualTo(200);
        assertThat(probeLines.list).as("the stuck event was not handled").noneMatch(line ->
                line.getFormattedMessage().endsWith(id));

        ObservabilityProbe.FAILING.set(false);

        Response recovered = eventually(() -> api.get(null, READINESS), ready());
        assertThat(recovered.status()).as(api.get("admin", READINESS).toString()).isEqualTo(200);
        assertThat(recovered.json().get("status").asText()).isEqualTo("UP");
        assertThat(line("probe saw the proposal of " + id)).as("the event handled once the processor recovered")
                .isNotNull();
    }

    @Test
    void readiness_goes_down_while_the_event_store_is_unreachable_and_up_when_it_is_back() {
        database().cut();

        Response unreachable = eventually(() -> api.get(null, READINESS), response -> response.status() == 503);
        Response details = api.get("admin", READINESS);
        Response liveness = api.get(null, "/actuator/health/liveness");

        assertThat(unreachable.status()).as(unreachable.toString()).isEqualTo(503);
        assertThat(unreachable.json().get("status").asText()).isEqualTo("DOWN");
        JsonNode eventStore = details.json().get("components").get("eventStore");
        assertThat(eventStore.get("status").asText()).as(details.toString()).isEqualTo("DOWN");
        assertThat(eventStore.get("details").get("failure").asText()).isNotBlank();
        assertThat(liveness.status()).as("a restart would not help: liveness stays UP").isEqualTo(200);

        database().restore();

        Response back = eventually(() -> api.get(null, READINESS), ready());
        assertThat(back.status()).as(api.get("admin", READINESS).toString()).isEqualTo(200);
        assertThat(back.json().get("status").asText()).isEqualTo("UP");
        String id = propose("back-" + unique());
        assertThat(api.getEventually("officer", "/api/partnerships/" + id, response -> response.status() == 200)
                .status()).as("commands and reads work again").isEqualTo(200);
    }

    private String propose(String requestId) {
        Response created = api.post("officer", "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY,
                Map.of("X-Request-Id", requestId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private ILoggingEvent line(String text) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<ILoggingEvent> found = probeLines.list.stream()
                    .filter(line -> line.getFormattedMessage().equals(text)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            pause();
        }
        throw new AssertionError("no line '" + text + "' was logged; lines: " + probeLines.list);
    }

    private static String processorState(Response readiness, String processor) {
        return readiness.json().at("/components/eventProcessors/details/" + processor + "/state").asText(null);
    }

    private static Predicate<Response> ready() {
        return response -> response.status() == 200;
    }

    private Response scrape() {
        return api.get("admin", "/actuator/prometheus");
    }

    private static boolean caughtUp(Response scrape) {
        return PROCESSORS.stream().allMatch(processor -> lag(scrape, processor).orElse(-1L) == 0);
    }

    private static long head(Response scrape) {
        return gauge(scrape, "ledger_event_store_head").orElse(0L);
    }

    private static Optional<Long> lag(Response scrape, String processor) {
        return gauge(scrape, "ledger_processor_lag_events\\{processor=\"" + Pattern.quote(processor) + "\"}");
    }

    private static Optional<Long> gauge(Response scrape, String series) {
        if (scrape.status() != 200) {
            return Optional.empty();
        }
        Matcher value = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(scrape.body());
        if (!value.find() || value.group(1).equals("NaN")) {
            return Optional.empty();
        }
        return Optional.of((long) Double.parseDouble(value.group(1)));
    }

    private static Response eventually(Supplier<Response> call, Predicate<Response> expectation) {
        Instant deadline = Instant.now().plus(PATIENCE);
        Response response = call.get();
        while (!expectation.test(response) && Instant.now().isBefore(deadline)) {
            pause();
            response = call.get();
        }
        return response;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Logger probeLogger(org.slf4j.Logger logger) {
        return (Logger) LoggerFactory.getLogger(logger.getName());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
