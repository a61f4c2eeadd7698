package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.audit.AxonEventLog;
import org.partnershipledger.application.audit.EventLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export streams: 20,000 events (about 30 MB of NDJSON) reach a client that reads the first line and then pauses,
 * and while it pauses the service has read only part of the log from the store, as far as the connection's buffers let
 * it write ahead. A service that collected the log before writing would have read all of it. Then the client reads the
 * rest, every event once and in the order of the store. Its own Spring context, so that these events stay out of the
 * other tests' logs; closed after the class, so that its 20,000 events do not stay in memory for the rest of the run.
 */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.audit.export-timeout=PT2M")
@ActiveProfiles({"default", "test"})
@Import(AuditExportStreamsIT.CountingEventLog.class)
@DirtiesContext
class AuditExportStreamsIT {

    private static final int EVENTS = 20_000;
    private static final int BATCH = 1_000;
    private static final String FILLER = "x".repeat(1_000);

    /** A stand-in payload: no handler of the application reacts to it. */
    record LoadTestRecorded(int number, String filler) {
    }

    /** The application's event log, counting the events the export has read from the store so far. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountingEventLog {

        static final AtomicLong READ = new AtomicLong();

        @Bean
        @Primary
        EventLog countingEventLog(EventStore store) {
            EventLog log = new AxonEventLog(store, Duration.ofSeconds(1));
            return new EventLog() {
                @Override
                public Stream<DomainEventMessage<?>> eventsOf(String aggregateId) {
                    return log.eventsOf(aggregateId);
                }

                @Override
                public Stream<TrackedEventMessage<?>> events(Instant from) {
                    return log.events(from).peek(event -> READ.incrementAndGet());
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Test
    void twenty_thousand_events_are_written_as_they_are_read_and_reach_the_client_whole_and_in_order()
            throws Exception {
        Instant from = Instant.now().minusMillis(1);
        String aggregate = "load-" + UUID.randomUUID();
        for (int first = 0; first < EVENTS; first += BATCH) {
            List<EventMessage<?>> batch = new ArrayList<>(BATCH);
            for (int n = first; n < first + BATCH; n++) {
                batch.add(new GenericDomainEventMessage<>("LoadTest", aggregate, n, new LoadTestRecorded(n, FILLER),
                        Map.of("userId", "load-test")));
            }
            eventStore.publish(batch);
        }
        CountingEventLog.READ.set(0);

        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/audit/events?from=" + from + "&actor=load-test"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("auditor:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/x-ndjson")
                .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).as("streamed, not sized up front").isEmpty();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            JsonNode first = json.readTree(body.readLine());
            Thread.sleep(1_000);
            long readWhileTheClientPaused = CountingEventLog.READ.get();

            long lines = 1;
            long previousIndex = first.get("globalIndex").asLong();
            long expectedSequence = 1;
            assertThat(first.get("sequenceNumber").asLong()).isZero();
            for (String line = body.readLine(); line != null; line = body.readLine()) {
                JsonNode event = json.readTree(line);
                assertThat(event.get("globalIndex").asLong()).isGreaterThan(previousIndex);
                assertThat(event.get("sequenceNumber").asLong()).isEqualTo(expectedSequence++);
                previousIndex = event.get("globalIndex").asLong();
                lines++;
            }

            assertThat(lines).isEqualTo(EVENTS);
            assertThat(readWhileTheClientPaused).as("events read from the store while the client paused")
                    .isLessThan(EVENTS);
        }
    }
}
