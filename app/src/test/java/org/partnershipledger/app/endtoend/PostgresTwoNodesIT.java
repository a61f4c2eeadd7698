package org.partnershipledger.app.endtoend;

import org.junit.jupiter.api.Test;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.testsupport.PostgresTestDatabase;
import org.partnershipledger.testsupport.RequiresPostgres;
import org.partnershipledger.testsupport.process.ServiceProcess;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Issue 8, two nodes on one PostgreSQL: two processes of the packaged service share a database. Both take commands
 * for the same partnerships at the same version, and of each pair exactly one wins while the other is refused with
 * 409 or 412, never 5xx; every processor's segments are split between the nodes; when one node is killed with
 * SIGKILL, the other claims its segments once their claims time out; and after catch-up every read model equals a
 * fold of the event store, with every acknowledged command in it and the vetting process having acted exactly once
 * per partner.
 */
@RequiresPostgres
class PostgresTwoNodesIT {

    private static final int PARTNERSHIPS = 8;
    /** partnership-views, partner-registry, vetting-views, vetting-process and event-notifications. */
    private static final int PROCESSORS = 5;
    private static final int CONTESTED_ROUNDS = 3;

    private final List<Acknowledgement> acknowledged = new ArrayList<>();
    private final Map<Integer, Integer> refusals = new TreeMap<>();

    @Test
    void two_nodes_share_segments_and_conflicts_and_the_survivor_of_a_sigkill_takes_over_without_skipping_an_event() {
        String url = PostgresTestDatabase.urlOfNewSchema();
        try (ServiceProcess a = ServiceNodes.launcher("node-a", url).start();
             LedgerSchema database = new LedgerSchema(url)) {
            awaitOwners(database, owners -> owners.size() == PROCESSORS && owners.values().stream()
                    .allMatch(segments -> segments.values().stream().allMatch(ownedBy(a))), Duration.ofSeconds(60));

            try (ServiceProcess b = ServiceNodes.launcher("node-b", url).start()) {
                Map<String, Map<Integer, String>> split = awaitOwners(database,
                        owners -> everyProcessorSplit(owners, a, b), Duration.ofSeconds(60));
                assertThat(split).as("every processor split between the nodes").hasSize(PROCESSORS)
                        .allSatisfy((processor, segments) -> {
                            assertThat(segments).as(processor).hasSize(ServiceNodes.SEGMENTS);
                            assertThat(segments.values()).as(processor + ": both nodes own segments")
                                    .anyMatch(ownedBy(a)).anyMatch(ownedBy(b));
                        });

                ApiClient nodeA = new ApiClient(a.port());
                List<String> partnerships = contestTheSamePartnershipsOnBothNodes(nodeA, new ApiClient(b.port()));

                b.kill();
                assertThat(ProcessHandle.of(b.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
                awaitOwners(database, owners -> owners.values().stream()
                        .allMatch(segments -> segments.values().stream().allMatch(ownedBy(a))), Duration.ofSeconds(60));
                for (int i = 0; i < 3; i++) {
                    String partnership = propose(nodeA, "After the kill " + i);
                    join(nodeA, partnership, 0);
                    partnerships.add(partnership);
                }
                database.awaitCaughtUp(Duration.ofSeconds(90));

                assertThat(acknowledged).as("every acknowledged command is in the event store").allSatisfy(ack ->
                        assertThat(database.stored(ack.aggregateId(), ack.version())).as(ack.toString()).isTrue());
                ReadModelChecks checks = new ReadModelChecks(database, nodeA);
                checks.readModelsEqualAFoldOfTheEventStore(url);
                checks.everyPartnershipReadsAtItsLastSequenceNumber(partnerships);
                checks.theVettingProcessActedExactlyOncePerPartner();
                checks.statisticsCountWhatTheEventsSay();
                System.out.printf("two-node test: %d commands acknowledged, refusals of contested commands by status "
                        + "%s, segments split %s, all owned by the survivor after the SIGKILL%n", acknowledged.size(),
                        refusals, split);
            }
        }
    }

    /** Partnerships proposed on either node, then changed on both at once, round after round. */
    private List<String> contestTheSamePartnershipsOnBothNodes(ApiClient nodeA, ApiClient nodeB) {
        List<String> partnerships = new ArrayList<>();
        for (int i = 0; i < PARTNERSHIPS; i++) {
            partnerships.add(propose(i % 2 == 0 ? nodeA : nodeB, "Two nodes " + i));
        }
        for (int round = 0; round < CONTESTED_ROUNDS; round++) {
            for (String partnership : partnerships) {
                contest(partnership, nodeA, nodeB);
            }
        }
        return partnerships;
    }

    /**
     * The same change of the same partnership at the same version, sent to both nodes at once: exactly one is taken,
     * the other is refused as a conflict (409, the race was lost while it ran) or as stale (412, the version had moved
     * on when it arrived); nothing answers 5xx.
     */
    private void contest(String partnership, ApiClient nodeA, ApiClient nodeB) {
        long version = currentVersion(partnership);
        CompletableFuture<Response> viaA = CompletableFuture.supplyAsync(() -> joinRequest(nodeA, partnership, version));
        CompletableFuture<Response> viaB = CompletableFuture.supplyAsync(() -> joinRequest(nodeB, partnership, version));
        List<Response> answers = List.of(viaA.join(), viaB.join());

        assertThat(answers).as("at version " + version + " of " + partnership + ": " + answers)
                .allSatisfy(answer -> assertThat(answer.status()).isIn(201, 409, 412))
                .filteredOn(answer -> answer.status() == 201).hasSize(1);
        answers.stream().filter(answer -> answer.status() != 201)
                .forEach(refused -> refusals.merge(refused.status(), 1, Integer::sum));
        Response taken = answers.stream().filter(answer -> answer.status() == 201).findFirst().orElseThrow();
        acknowledged.add(Acknowledgement.of("contested partner joins", partnership, taken));
        assertThat(taken.json().get("version").asLong()).isEqualTo(version + 1);
    }

    /** The version a client learns from the last command it had answered: no read model involved. */
    private long currentVersion(String partnership) {
        return acknowledged.stream().filter(ack -> ack.aggregateId().equals(partnership))
                .mapToLong(Acknowledgement::version).max().orElseThrow();
    }

    private String propose(ApiClient node, String title) {
        Response answer = node.post("officer", "/api/partnerships", """
                {"title": "%s", "purpose": "Two nodes, one database",
                 "form": "FORMAL_PARTNERSHIP", "agencyRole": "PARTNER", "scope": "NATIONAL",
                 "transfer": {"amount": 250000, "currency": "USD"},
                 "partners": [{"partnerId": "%s", "name": "Amani Trust", "type": "CSO", "country": "SN",
                               "engagement": "ACTIVE"}]}""".formatted(title, UUID.randomUUID()));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        String id = answer.json().get("id").asText();
        acknowledged.add(Acknowledgement.of("proposal", id, answer));
        return id;
    }

    private void join(ApiClient node, String partnership, long version) {
        Response answer = joinRequest(node, partnership, version);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        acknowledged.add(Acknowledgement.of("partner joins", partnership, answer));
    }

    private static Response joinRequest(ApiClient node, String partnership, long version) {
        return node.post("officer", "/api/partnerships/" + partnership + "/partners", """
                {"partnerId": "%s", "name": "Sauti Radio", "type": "MEDIA", "country": "SN",
                 "engagement": "ADVISORY"}""".formatted(UUID.randomUUID()), Map.of("If-Match", "\"" + version + "\""));
    }

    private static boolean everyProcessorSplit(Map<String, Map<Integer, String>> owners, ServiceProcess a,
                                               ServiceProcess b) {
        return owners.size() == PROCESSORS && owners.values().stream().allMatch(segments ->
                segments.values().stream().anyMatch(ownedBy(a)) && segments.values().stream().anyMatch(ownedBy(b)));
    }

    /** Axon names a claim's owner after the JVM: {@code pid@host}. */
    private static Predicate<String> ownedBy(ServiceProcess node) {
        return owner -> owner != null && owner.startsWith(node.pid() + "@");
    }

    private static Map<String, Map<Integer, String>> awaitOwners(LedgerSchema database,
                                                                 Predicate<Map<String, Map<Integer, String>>> expected,
                                                                 Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Map<Integer, String>> owners = database.owners();
        while (!expected.test(owners)) {
            if (Instant.now().isAfter(deadline)) {
                fail("segments not owned as expected within " + timeout + ": " + owners);
            }
            LedgerSchema.sleep(250);
            owners = database.owners();
        }
        return owners;
    }
}
