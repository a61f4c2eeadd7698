package org.partnershipledger.app.endtoend;

import org.junit.jupiter.api.Test;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.testsupport.PostgresTestDatabase;
import org.partnershipledger.testsupport.RequiresPostgres;
import org.partnershipledger.testsupport.process.ServiceProcess;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, crash: the packaged service runs as a process of its own on PostgreSQL; client threads drive partnership
 * lifecycles through the API while it is killed with SIGKILL; the service restarts on the same database. Every command
 * that was answered 2xx is in the event store, the processors resume where their tokens were and catch up, every read
 * model equals a fold of the event store row for row (nothing skipped, nothing counted twice), and the vetting process
 * acted exactly once on every partner, including those proposed just before the kill.
 */
@RequiresPostgres
class PostgresCrashRecoveryIT {

    private static final int CLIENTS = 4;
    /** The kill comes once this many commands were acknowledged (or after a minute on a slow machine)... */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 120;
    /** ...and the test holds only if at least this many were: a kill before the load got going proves nothing. */
    private static final int ACKNOWLEDGED_AT_LEAST = 20;

    private final List<Acknowledgement> acknowledged = new ArrayList<>(); // guarded by itself
    private final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicInteger cutOff = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final String today = LocalDate.now(ZoneOffset.UTC).toString();

    @Test
    void every_acknowledged_command_survives_a_sigkill_under_load_and_after_restart_every_read_model_equals_a_fold()
            throws InterruptedException {
        String url = PostgresTestDatabase.urlOfNewSchema();
        ServiceProcess.Launcher launcher = ServiceNodes.launcher("crash", url);
        List<Acknowledgement> acks;
        long killedPid;
        try (ServiceProcess service = launcher.start()) {
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                Thread client = new Thread(() -> lifecycles(new ApiClient(service.port())), "client-" + i);
                client.start();
                clients.add(client);
            }
            awaitAcknowledged(ACKNOWLEDGED_BEFORE_KILL, Duration.ofSeconds(60));

            service.kill();
            killedPid = service.pid();
            for (Thread client : clients) {
                client.join(Duration.ofSeconds(40).toMillis());
            }
            running.set(false);
            synchronized (acknowledged) {
                acks = List.copyOf(acknowledged);
            }
        }

        assertThat(ProcessHandle.of(killedPid).map(ProcessHandle::isAlive).orElse(false)).as("killed").isFalse();
        assertThat(serverErrors).as("no command answered 5xx before the kill").isEmpty();
        assertThat(unexpected).as("every command before the kill was taken").isEmpty();
        assertThat(acks).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_AT_LEAST);
        assertThat(cutOff.get()).as("clients were still sending when the process died, and lost their connection")
                .isEqualTo(CLIENTS);
        try (LedgerSchema database = new LedgerSchema(url)) {
            assertThat(acks).as("acknowledged before the kill, stored before the restart").allSatisfy(ack ->
                    assertThat(database.stored(ack.aggregateId(), ack.version())).as(ack.toString()).isTrue());

            long headAtKill = database.head();
            Map<String, Long> behindAtKill = database.behind(headAtKill);
            try (ServiceProcess restarted = launcher.start()) {
                database.awaitCaughtUp(Duration.ofSeconds(90));
                ApiClient api = new ApiClient(restarted.port());

                assertThat(acks).as("every acknowledged command is still in the event store").allSatisfy(ack ->
                        assertThat(database.stored(ack.aggregateId(), ack.version())).as(ack.toString()).isTrue());
                ReadModelChecks checks = new ReadModelChecks(database, api);
                checks.readModelsEqualAFoldOfTheEventStore(url);
                checks.everyPartnershipReadsAtItsLastSequenceNumber(
                        acks.stream().map(Acknowledgement::aggregateId).distinct().toList());
                checks.theVettingProcessActedExactlyOncePerPartner();
                checks.statisticsCountWhatTheEventsSay();
                System.out.printf("crash test: %d commands acknowledged, %d client threads cut off by SIGKILL, %d events at "
                                + "the kill, %d segments behind the head then, caught up after the restart%n",
                        acks.size(), cutOff.get(), headAtKill, behindAtKill.size());
            }
        }
    }

    /** One client: proposes a partnership, a partner joins, its title is corrected, every third one is withdrawn. */
    private void lifecycles(ApiClient api) {
        try {
            for (int round = 0; running.get(); round++) {
                String partnership = propose(api, round);
                long version = joined(api, partnership);
                version = command(api, "correction", partnership, "/corrections", version, """
                        {"fact": "TITLE", "oldValue": "Crash test %d", "newValue": "Crash test %d, corrected",
                         "reason": "Named after the programme"}""".formatted(round, round));
                if (round % 3 == 0) {
                    command(api, "withdrawal", partnership, "/withdrawal", version, """
                            {"reason": "Merged into another proposal", "withdrawnOn": "%s"}""".formatted(today));
                }
            }
        } catch (UncheckedIOException cut) {
            // The service died under this request: its outcome is unknown, so it is not counted as acknowledged.
            cutOff.incrementAndGet();
        } catch (RuntimeException unexpectedAnswer) {
            unexpected.add(unexpectedAnswer.getMessage());
        }
    }

    private String propose(ApiClient api, int round) {
        Response answer = api.post("officer", "/api/partnerships", """
                {"title": "Crash test %d", "purpose": "Survives a SIGKILL",
                 "form": "FORMAL_PARTNERSHIP", "agencyRole": "PARTNER", "scope": "NATIONAL",
                 "transfer": {"amount": 250000, "currency": "USD"},
                 "partners": [{"partnerId": "%s", "name": "Amani Trust", "type": "CSO", "country": "SN",
                               "engagement": "ACTIVE"}]}""".formatted(round, UUID.randomUUID()));
        String id = expect(answer, 201).json().get("id").asText();
        acknowledge(Acknowledgement.of("proposal", id, answer));
        return id;
    }

    private long joined(ApiClient api, String partnership) {
        Response answer = api.post("officer", "/api/partnerships/" + partnership + "/partners", """
                {"partnerId": "%s", "name": "Sauti Radio", "type": "MEDIA", "country": "SN",
                 "engagement": "ADVISORY"}""".formatted(UUID.randomUUID()), Map.of("If-Match", "\"0\""));
        Acknowledgement ack = Acknowledgement.of("partner joins", partnership, expect(answer, 201));
        acknowledge(ack);
        return ack.version();
    }

    private long command(ApiClient api, String command, String partnership, String task, long version, String body) {
        Response answer = api.post("officer", "/api/partnerships/" + partnership + task, body,
                Map.of("If-Match", "\"" + version + "\""));
        Acknowledgement ack = Acknowledgement.of(command, partnership, expect(answer, 200));
        acknowledge(ack);
        return ack.version();
    }

    private Response expect(Response answer, int status) {
        if (answer.status() >= 500) {
            serverErrors.add(answer.toString());
        }
        if (answer.status() != status) {
            throw new IllegalStateException("expected " + status + ": " + answer);
        }
        return answer;
    }

    private void acknowledge(Acknowledgement ack) {
        synchronized (acknowledged) {
            acknowledged.add(ack);
        }
    }

    private void awaitAcknowledged(int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            synchronized (acknowledged) {
                if (acknowledged.size() >= count) {
                    return;
                }
            }
            LedgerSchema.sleep(50);
        }
    }
}
