package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.app.support.VettingSteps;
import org.partnershipledger.application.operations.ReplayProgress;
import org.partnershipledger.domain.shared.VettingTier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6, replay on demand and event evolution, over real HTTP on a database holding the demo portfolio and
 * partnerships driven through the API: every projection rebuilt by an administrator's replay equals the live read
 * model row for row, nothing acts again during a replay, the service takes commands meanwhile, and a partnership
 * stored as revision 1 of {@code PartnershipProposed} (the golden file) loads in the aggregate, the process and the
 * projections. Run once per database by its subclasses.
 */
@SpringBootTest(classes = {PartnershipLedgerApplication.class, RebuildGate.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // A few records per load, so that every rebuild here loads its read model in parts, as a large one does.
        args = {"--demo", "--ledger.rebuilds.records-per-load=3"})
@ActiveProfiles({"default", "test"})
abstract class ReplayAndEvolutionContract {

    static final String ADMIN = "admin";
    static final List<String> PROJECTIONS = List.of("partner-registry", "partnership-views", "vetting-views");
    static final String VETTING_PROCESS = "vetting-process";

    /** Every table the V2 to V5 migrations leave, with its primary key: the read models that replays rebuild. */
    static final Map<String, String> READ_MODEL_TABLES = orderedMap(
            "partnership_view", "partnership_id",
            "partnership_view_partner", "partnership_id, partner_id",
            "partnership_view_open_action", "partnership_id, action_id",
            "vetting_view", "vetting_id",
            "vetting_view_reliance", "vetting_id, partnership_id",
            "partner_registry_partnership", "partnership_id",
            "partner_registry_engagement", "partnership_id, partner_id");

    /**
     * Tables that are not read models: the event store, token store and snapshots, idempotency keys, Flyway's own, the
     * hash chain, webhooks.
     */
    static final Set<String> NOT_READ_MODELS = Set.of("domain_event_entry", "snapshot_event_entry", "token_entry",
            "idempotency_key", "flyway_schema_history",
            // The hash chain is evidence about the event store, not a view of it: a replay must leave it alone.
            "hash_chain_head", "hash_chain_link", "hash_chain_gap", "hash_chain_checkpoint",
            // Events a projection could not apply (ADR 022): processing state like the tokens, emptied by a replay.
            "dead_letter_entry",
            // Which nodes are alive to share the processors' segments (ADR 025): about the nodes, not the events.
            "processing_node",
            // Webhook subscribers and the outbox of their deliveries (ADR 020): what was sent stays sent.
            "webhook_subscription", "webhook_subscription_event", "webhook_delivery",
            // Which shape each read model's tables hold (ADR 027): about the read models, recorded by their rebuilds.
            "read_model_version");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RebuildGate gate;

    @Autowired
    @Qualifier("readModelSchemaCheck")
    ApplicationListener<ApplicationReadyEvent> schemaCheck;

    ApiClient api;
    VettingSteps vettings;
    Quiescence quiescence;
    LocalDate today;

    @AfterEach
    void letRebuildsGo() {
        gate.clear();
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        vettings = new VettingSteps(api, id -> eventsOf(id) > 0);
        quiescence = new Quiescence(api, jdbc);
        today = LocalDate.now(ZoneOffset.UTC);
    }

    // ---- replay on demand -------------------------------------------------------------------------------------

    @Test
    void every_projection_rebuilt_by_replay_equals_the_live_read_model_row_for_row_and_nothing_acts_again() {
        assertThat(tables()).as("every table is a read model compared below, or known not to be one")
                .containsExactlyInAnyOrderElementsOf(union(READ_MODEL_TABLES.keySet(), NOT_READ_MODELS));
        buildUpMoreHistoryThroughTheApi();
        long head = quiesce();
        Map<String, List<Map<String, String>>> live = snapshot();
        READ_MODEL_TABLES.keySet().forEach(table -> assertThat(live.get(table)).as(table + " has rows").isNotEmpty());
        JsonNode processBefore = status(VETTING_PROCESS);
        long eventsBefore = eventCount();

        List<String> replayable = new ArrayList<>();
        api.get(ADMIN, "/api/admin/projections").json().get("items").forEach(item -> {
            if (item.get("replayable").asBoolean()) {
                replayable.add(item.get("name").asText());
            }
        });
        assertThat(replayable).as("every projection may be replayed, the vetting process may not")
                .containsAll(PROJECTIONS).doesNotContain(VETTING_PROCESS);
        for (String projection : replayable) {
            JsonNode replay = replayed(projection).get("lastReplay");
            assertThat(replay.get("requestedBy").asText()).isEqualTo(ADMIN);
            assertThat(replay.get("total").asLong()).as(projection + ": the head when the replay started").isEqualTo(head);
            assertThat(replay.get("processed").asLong()).isEqualTo(head);
            assertThat(replay.get("percent").asDouble()).isEqualTo(100.0);
            assertThat(replay.get("eventsPerSecond").asDouble()).isPositive();
            assertThat(Instant.parse(replay.get("finishedAt").asText()))
                    .isAfterOrEqualTo(Instant.parse(replay.get("startedAt").asText()));
        }
        long headAfter = quiesce();

        assertThat(headAfter).as("no event was stored because of the replays: nothing acted again").isEqualTo(head);
        assertThat(eventCount()).isEqualTo(eventsBefore);
        assertThat(absent(status(VETTING_PROCESS).path("lastReplay"))).isTrue();
        assertThat(status(VETTING_PROCESS).get("position").asLong()).isEqualTo(processBefore.get("position").asLong());
        Map<String, List<Map<String, String>>> rebuilt = snapshot();
        READ_MODEL_TABLES.keySet().forEach(table ->
                assertThat(rebuilt.get(table)).as(table + ", row for row").containsExactlyElementsOf(live.get(table)));
    }

    @Test
    void the_vetting_process_is_never_replayed_and_an_unknown_name_answers_404() {
        long head = quiesce();

        Response refused = api.post(ADMIN, "/api/admin/projections/" + VETTING_PROCESS + "/replay", "");
        Response unknown = api.post(ADMIN, "/api/admin/projections/no-such-projection/replay", "");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).endsWith("/replay-not-allowed");
        assertThat(refused.json().get("detail").asText()).contains(VETTING_PROCESS, "side effects");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(api.get(ADMIN, "/api/admin/projections/no-such-projection").status()).isEqualTo(404);
        JsonNode process = status(VETTING_PROCESS);
        assertThat(process.get("replayable").asBoolean()).isFalse();
        assertThat(process.get("state").asText()).isEqualTo("CAUGHT_UP");
        assertThat(quiesce()).isEqualTo(head);
    }

    @Test
    void the_service_takes_commands_and_answers_reads_while_a_projection_replays() {
        quiesce();

        Response started = api.post(ADMIN, "/api/admin/projections/partnership-views/replay", "");
        Response proposed = api.post("officer", "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY);
        Response registry = api.get("auditor", "/api/partners");

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        assertThat(registry.status()).isEqualTo(200);
        awaitReplayed("partnership-views");
        Response view = api.getEventually("officer", proposed.header("Location"), response -> response.status() == 200);
        assertThat(view.status()).as("proposed during the replay, in the view once it caught up").isEqualTo(200);
        quiesce();
    }

    // ---- set-based rebuilds (ADR 027) ---------------------------------------------------------------------------

    /** The partnership-views tables, which its rebuild replaces. */
    static final List<String> PARTNERSHIP_VIEW_TABLES = List.of("partnership_view", "partnership_view_partner",
            "partnership_view_open_action");
    static final List<String> VETTING_VIEW_TABLES = List.of("vetting_view", "vetting_view_reliance");

    @Test
    void during_a_rebuild_queries_answer_from_the_old_read_model_progress_is_reported_and_events_stored_meanwhile_are_in_the_rebuilt_one()
            throws InterruptedException {
        long head = quiesce();
        String known = jdbc.sql("SELECT partnership_id FROM partnership_view ORDER BY partnership_id")
                .query(String.class).list().get(0);
        String knownView = api.get("officer", "/api/partnerships/" + known).body();
        long portfolio = api.get("officer", "/api/partnerships").json().get("totalItems").asLong();
        long eventsUpToHead = jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE global_index <= ?")
                .param(head).query(Long.class).single();
        RebuildGate.Plan streaming = gate.holdAt("partnership-views", ReplayProgress.Phase.STREAMING);

        Response started = api.post(ADMIN, "/api/admin/projections/partnership-views/replay", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        ReplayProgress midway = streaming.awaitReached();
        JsonNode whileStreaming = status("partnership-views");
        RebuildGate.Plan swapping = gate.holdAt("partnership-views", ReplayProgress.Phase.SWAPPING);
        streaming.release();
        swapping.awaitReached();
        JsonNode beforeSwap = status("partnership-views");
        Response read = api.get("officer", "/api/partnerships/" + known);
        long portfolioDuring = api.get("officer", "/api/partnerships").json().get("totalItems").asLong();
        Response proposed = api.post("officer", "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        Response proposedView = api.getEventually("officer", proposed.header("Location"),
                response -> response.status() == 200);
        long headDuring = quiesceWhile("partnership-views");
        Map<String, List<Map<String, String>>> liveDuring = snapshot(PARTNERSHIP_VIEW_TABLES);
        swapping.release();
        JsonNode after = awaitReplayed("partnership-views");
        quiesce();

        assertThat(midway.eventsRead()).as("the hold came after the first events were read").isPositive();
        assertThat(whileStreaming.get("state").asText()).isEqualTo("REBUILDING");
        JsonNode streamingProgress = whileStreaming.get("lastReplay");
        assertThat(streamingProgress.get("method").asText()).isEqualTo("SET_BASED");
        assertThat(streamingProgress.get("phase").asText()).isEqualTo("STREAMING");
        assertThat(streamingProgress.get("total").asLong()).isEqualTo(head);
        assertThat(streamingProgress.get("eventsRead").asLong()).isEqualTo(midway.eventsRead()).isLessThan(eventsUpToHead);
        assertThat(streamingProgress.get("processed").asLong()).isPositive().isLessThan(head);
        assertThat(streamingProgress.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(streamingProgress.get("etaSeconds").asDouble()).as("an estimate while events remain").isPositive();
        assertThat(absent(streamingProgress.path("finishedAt"))).isTrue();

        assertThat(beforeSwap.get("state").asText()).isEqualTo("REBUILDING");
        JsonNode loaded = beforeSwap.get("lastReplay");
        assertThat(loaded.get("phase").asText()).isEqualTo("SWAPPING");
        assertThat(loaded.get("eventsRead").asLong()).as("every event up to the head, read once")
                .isEqualTo(eventsUpToHead);
        assertThat(loaded.get("processed").asLong()).isEqualTo(head);
        assertThat(loaded.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(loaded.get("etaSeconds").asDouble()).isZero();

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).as("the old read model answers, complete, until the swap").isEqualTo(knownView);
        assertThat(portfolioDuring).isEqualTo(portfolio);
        assertThat(proposedView.status()).as("the processor kept the old read model current").isEqualTo(200);
        assertThat(headDuring).as("events were stored during the rebuild").isGreaterThan(head);

        JsonNode progress = after.get("lastReplay");
        assertThat(progress.get("phase").asText()).isEqualTo("FINISHED");
        assertThat(progress.get("total").asLong()).as("rebuilt up to the head at the request").isEqualTo(head);
        assertThat(api.get("officer", proposed.header("Location")).status())
                .as("proposed during the rebuild, in the rebuilt read model: processing went on from the head")
                .isEqualTo(200);
        Map<String, List<Map<String, String>>> rebuilt = snapshot(PARTNERSHIP_VIEW_TABLES);
        PARTNERSHIP_VIEW_TABLES.forEach(table -> assertThat(rebuilt.get(table)).as(table + ", row for row")
                .containsExactlyElementsOf(liveDuring.get(table)));
        assertThat(shadowTables()).isEmpty();
    }

    @Test
    void a_rebuild_that_fails_midway_leaves_the_old_read_model_serving_and_the_next_rebuild_succeeds() {
        long head = quiesce();
        Map<String, List<Map<String, String>>> before = snapshot(VETTING_VIEW_TABLES);
        // After vetting_view's shadow is loaded, before vetting_view_reliance's.
        failsLeavingTheOldReadModel(ReplayProgress.Phase.LOADING, 2, before, head);

        // What a rebuild killed with its process leaves: shadows of any shape, which the next rebuild replaces.
        jdbc.sql("CREATE TABLE vetting_view_rebuild (left_by_a_crash INTEGER)").update();
        jdbc.sql("CREATE TABLE vetting_view_reliance_rebuild (left_by_a_crash INTEGER)").update();
        JsonNode again = replayed("vetting-views").get("lastReplay");
        quiesce();

        assertThat(again.get("phase").asText()).isEqualTo("FINISHED");
        assertThat(again.get("total").asLong()).isEqualTo(head);
        assertThat(absent(again.path("failure"))).isTrue();
        Map<String, List<Map<String, String>>> rebuilt = snapshot(VETTING_VIEW_TABLES);
        VETTING_VIEW_TABLES.forEach(table -> assertThat(rebuilt.get(table)).as(table + ", row for row")
                .containsExactlyElementsOf(before.get(table)));
        assertThat(shadowTables()).isEmpty();
    }

    @Test
    void a_rebuild_that_fails_while_reading_the_events_leaves_the_old_read_model_serving_and_the_next_succeeds() {
        long head = quiesce();
        Map<String, List<Map<String, String>>> before = snapshot(VETTING_VIEW_TABLES);
        // After the first event: the read of the event table is still streaming, and is abandoned.
        failsLeavingTheOldReadModel(ReplayProgress.Phase.STREAMING, 1, before, head);

        JsonNode again = replayed("vetting-views").get("lastReplay");
        quiesce();

        assertThat(again.get("phase").asText()).isEqualTo("FINISHED");
        assertThat(again.get("eventsRead").asLong()).as("every event read again").isEqualTo(jdbc.sql(
                "SELECT COUNT(*) FROM domain_event_entry WHERE global_index <= ?").param(head).query(Long.class).single());
        Map<String, List<Map<String, String>>> rebuilt = snapshot(VETTING_VIEW_TABLES);
        VETTING_VIEW_TABLES.forEach(table -> assertThat(rebuilt.get(table)).as(table + ", row for row")
                .containsExactlyElementsOf(before.get(table)));
    }

    /** A rebuild of vetting-views asked for, failing at the checkpoint: nothing it was to replace has changed. */
    private void failsLeavingTheOldReadModel(ReplayProgress.Phase phase, int occurrence,
                                             Map<String, List<Map<String, String>>> before, long head) {
        String vetting = before.get("vetting_view").get(0).get("vetting_id");
        String vettingView = api.get(VettingSteps.VETTER, "/api/vettings/" + vetting).body();
        gate.failAt("vetting-views", phase, occurrence);

        Response started = api.post(ADMIN, "/api/admin/projections/vetting-views/replay", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Response failed = eventually(() -> api.get(ADMIN, "/api/admin/projections/vetting-views"),
                response -> response.json().path("lastReplay").path("phase").asText().equals("FAILED"));

        JsonNode failure = failed.json().get("lastReplay");
        assertThat(failure.get("phase").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failure.get("failure").asText()).contains("simulated crash of the rebuild while " + phase);
        assertThat(absent(failure.path("finishedAt"))).isTrue();
        assertThat(failed.json().get("state").asText()).as("the processor goes on as before").isNotEqualTo("REBUILDING");
        assertThat(snapshot(VETTING_VIEW_TABLES)).as("the old read model, untouched").isEqualTo(before);
        assertThat(api.get(VettingSteps.VETTER, "/api/vettings/" + vetting).body()).isEqualTo(vettingView);
        assertThat(shadowTables()).as("a failed rebuild drops its shadows").isEmpty();
        assertThat(quiesce()).isEqualTo(head);
    }

    // ---- event evolution --------------------------------------------------------------------------------------

    @Test
    void a_partnership_stored_as_revision_1_loads_in_the_aggregate_the_vetting_process_and_the_projections() {
        String partnership = UUID.randomUUID().toString();
        String tostan = unique("tostan");
        String radio = unique("radio-sahel");
        String payload = Revision1Proposals.payload(partnership, tostan, radio);
        assertThat(payload).contains("\"transfer\":{\"amount\":250000");

        Revision1Proposals.store(jdbc, partnership, payload);

        JsonNode view = api.getEventually("officer", "/api/partnerships/" + partnership,
                response -> response.status() == 200).json();
        assertThat(view.get("title").asText()).isEqualTo("Community-led abandonment of harmful practices");
        assertThat(view.get("transfer").get("amount").decimalValue()).as("the projection read the renamed transfer")
                .isEqualByComparingTo("250000");
        assertThat(view.get("partners").findValuesAsText("name")).containsExactly("Tostan", "Radio Sahel");

        String tostanVetting = vettings.openedVetting(partnership, tostan);
        assertThat(api.get(VettingSteps.VETTER, "/api/vettings/" + tostanVetting).json().get("tier").asText())
                .as("the vetting process computed the tier from the transfer (LIGHT without it)")
                .isEqualTo("STANDARD");
        vettings.clear(partnership, tostan, VettingTier.STANDARD);
        vettings.clear(partnership, radio, VettingTier.STANDARD);

        Response reduced = api.post("officer", "/api/partnerships/" + partnership + "/agreement",
                agreement(tostan, radio, false));
        assertThat(reduced.status()).as(reduced.toString()).isEqualTo(422);
        assertThat(reduced.json().get("rule").asText()).as("the aggregate knows the transfer is not small-scale (P5)")
                .isEqualTo("P4");
        assertThat(reduced.json().get("violations").toString()).contains("exitStrategy", "indicators");
        Response agreed = api.post("officer", "/api/partnerships/" + partnership + "/agreement",
                agreement(tostan, radio, true));
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
        JsonNode afterAgreement = api.getEventually("officer", "/api/partnerships/" + partnership,
                response -> response.json().get("status").asText().equals("AGREED")).json();
        assertThat(afterAgreement.get("agreement").get("reducedRequirements").asBoolean()).isFalse();
        assertThat(afterAgreement.get("transfer").get("amount").decimalValue())
                .as("the aggregate carried the revision 1 transfer into the agreement").isEqualByComparingTo("250000");
    }

    // ---- the history the replays rebuild ------------------------------------------------------------------------

    /**
     * Beyond the demo portfolio: a partner joins, one leaves, a partner's name is corrected, a clearance is reused by
     * a second partnership, which is then withdrawn; and a partnership stored as revision 1, which replays through the
     * upcaster.
     */
    private void buildUpMoreHistoryThroughTheApi() {
        String amani = unique("amani");
        String jamii = unique("jamii");
        String sauti = unique("sauti");
        String first = propose("Replay: partners join, leave and are renamed",
                partner(amani, "Amani Trust", "CSO"), partner(jamii, "Jamii Media", "MEDIA"));
        command(first, "/partners", """
                {"partnerId": "%s", "name": "Sauti Radio", "type": "MEDIA", "country": "SN", "engagement": "ADVISORY"}"""
                .formatted(sauti), 201);
        command(first, "/partners/" + jamii + "/removal", """
                {"reason": "Withdrew before the agreement to focus on its own programmes"}""", 200);
        command(first, "/corrections", """
                {"fact": "PARTNER_NAME", "targetId": "%s", "oldValue": "Amani Trust", "newValue": "Amani Trust Senegal",
                 "reason": "Registered name as on the certificate"}""".formatted(amani), 200);
        vettings.clear(first, amani, VettingTier.STANDARD);
        vettings.clear(first, sauti, VettingTier.STANDARD);

        String second = propose("Replay: a clearance reused, then withdrawn", partner(amani, "Amani Trust Senegal", "CSO"));
        vettings.partnerVetting(second, amani, vetting -> vetting.get("reusedClearance").asBoolean());
        command(second, "/withdrawal", """
                {"reason": "Merged into the first partnership", "withdrawnOn": "%s"}""".formatted(today), 200);

        String stored = UUID.randomUUID().toString();
        Revision1Proposals.store(jdbc, stored,
                Revision1Proposals.payload(stored, unique("tostan"), unique("radio-sahel")));
    }

    private String propose(String title, String... partners) {
        Response created = api.post("officer", "/api/partnerships", """
                {"title": "%s", "purpose": "Rebuilt by replay",
                 "form": "FORMAL_PARTNERSHIP", "agencyRole": "PARTNER", "scope": "NATIONAL",
                 "transfer": {"amount": 250000, "currency": "USD"}, "partners": [%s]}"""
                .formatted(title, String.join(", ", partners)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private void command(String partnership, String task, String body, int expected) {
        Response response = api.post("officer", "/api/partnerships/" + partnership + task, body);
        assertThat(response.status()).as(task + ": " + response).isEqualTo(expected);
    }

    private static String partner(String id, String name, String type) {
        return """
                {"partnerId": "%s", "name": "%s", "type": "%s", "country": "SN", "engagement": "ACTIVE"}"""
                .formatted(id, name, type);
    }

    private String agreement(String first, String second, boolean complete) {
        String full = """
                 "monitoringAndEvaluation": "Quarterly progress reports", "indicators": ["Villages that declared"],
                 "exitStrategy": "Not continued if fewer than 50 villages take part by the mid-term review",""";
        return """
                {"signedOn": "%s", "objectives": ["Communities publicly abandon harmful practices"],
                 "operationalTargets": ["Run the programme in 200 villages"],
                 "contributions": [
                   {"partnerId": "%s", "inKind": "Community facilitators", "role": "Implementing partner",
                    "responsibilities": "Runs the programme"},
                   {"partnerId": "%s", "inKind": "Air time", "role": "Media partner",
                    "responsibilities": "Broadcasts the village declarations"}],
                 %s
                 "startDate": "%s", "intendedEndDate": "%s", "reviewFrequencyMonths": 6}
                """.formatted(today, first, second, complete ? full : "", today.plusDays(10), today.plusYears(2));
    }

    // ---- replays over the admin API -----------------------------------------------------------------------------

    /** Asks for the replay and answers the status once it finished and the processor caught up. */
    @Test
    void a_read_model_holding_another_schema_version_is_rebuilt_at_start_and_the_version_recorded() {
        buildUpMoreHistoryThroughTheApi();
        quiesce();
        assertThat(recordedSchemaVersions()).as("recorded at the first start").isEqualTo(Map.of(
                "partnership-views", 1, "vetting-views", 1, "partner-registry", 1));
        Map<String, List<Map<String, String>>> live = snapshot();
        jdbc.sql("UPDATE read_model_version SET schema_version = 0 WHERE processing_group = 'partnership-views'")
                .update();

        schemaCheck.onApplicationEvent(null);

        JsonNode rebuilt = awaitReplayed("partnership-views").get("lastReplay");
        assertThat(rebuilt.get("requestedBy").asText()).isEqualTo("start: read-model schema version check");
        assertThat(rebuilt.get("phase").asText()).isEqualTo("FINISHED");
        assertThat(recordedSchemaVersions()).containsEntry("partnership-views", 1);
        assertThat(status("vetting-views").path("lastReplay").path("requestedBy").asText(null))
                .as("a read model of the declared version is left alone").isNotEqualTo(rebuilt.get("requestedBy")
                        .asText());
        quiesce();
        assertThat(snapshot()).isEqualTo(live);
    }

    private Map<String, Integer> recordedSchemaVersions() {
        Map<String, Integer> versions = new HashMap<>();
        jdbc.sql("SELECT processing_group, schema_version FROM read_model_version")
                .query(rs -> {
                    versions.put(rs.getString(1), rs.getInt(2));
                });
        return versions;
    }

    private JsonNode replayed(String projection) {
        Response started = api.post(ADMIN, "/api/admin/projections/" + projection + "/replay", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.header("Location")).isEqualTo("/api/admin/projections/" + projection);
        assertThat(started.json().get("lastReplay").get("requestedBy").asText()).isEqualTo(ADMIN);
        return awaitReplayed(projection);
    }

    private JsonNode awaitReplayed(String projection) {
        Response status = eventually(() -> api.get(ADMIN, "/api/admin/projections/" + projection),
                response -> response.status() == 200
                        && !absent(response.json().path("lastReplay").path("finishedAt"))
                        && response.json().get("state").asText().equals("CAUGHT_UP"));
        assertThat(absent(status.json().path("lastReplay").path("finishedAt"))).as(status.toString()).isFalse();
        return status.json();
    }

    private JsonNode status(String name) {
        Response status = api.get(ADMIN, "/api/admin/projections/" + name);
        assertThat(status.status()).as(status.toString()).isEqualTo(200);
        return status.json();
    }

    /** Waits until the event store stops growing and every processor has caught up with its head; answers the head. */
    private long quiesce() {
        return quiescence.quiesce();
    }

    /** As {@link #quiesce()}, while a rebuild of {@code rebuilding} is held: only its position is waited for. */
    private long quiesceWhile(String rebuilding) {
        return quiescence.quiesceWhile(rebuilding);
    }

    // ---- the database -------------------------------------------------------------------------------------------

    /** Every read-model table, row for row in primary-key order, each value as text. */
    private Map<String, List<Map<String, String>>> snapshot() {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        READ_MODEL_TABLES.forEach((table, key) -> tables.put(table,
                jdbc.sql("SELECT * FROM " + table + " ORDER BY " + key).query().listOfRows().stream()
                        .map(ReplayAndEvolutionContract::asText).toList()));
        return tables;
    }

    private static Map<String, String> asText(Map<String, Object> row) {
        Map<String, String> text = new LinkedHashMap<>();
        row.forEach((column, value) -> text.put(column.toLowerCase(Locale.ROOT), value == null ? null : value.toString()));
        return text;
    }

    /** These read-model tables, row for row in primary-key order, each value as text. */
    private Map<String, List<Map<String, String>>> snapshot(List<String> names) {
        Map<String, List<Map<String, String>>> all = snapshot();
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        names.forEach(name -> tables.put(name, all.get(name)));
        return tables;
    }

    /** Tables a rebuild loads before swapping them in. */
    private Set<String> shadowTables() {
        return new TreeSet<>(tables().stream().filter(name -> name.endsWith("_rebuild")).toList());
    }

    private Set<String> tables() {
        return new TreeSet<>(jdbc.sql("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'")
                .query(String.class).list().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList());
    }

    private long head() {
        return quiescence.head();
    }

    private long eventCount() {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
    }

    private long eventsOf(String aggregateId) {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new TreeSet<>(first);
        union.addAll(second);
        return union;
    }

    private static Response eventually(java.util.function.Supplier<Response> probe, Predicate<Response> done) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        Response response = probe.get();
        while (!done.test(response) && System.nanoTime() < deadline) {
            sleep(50);
            response = probe.get();
        }
        return response;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
