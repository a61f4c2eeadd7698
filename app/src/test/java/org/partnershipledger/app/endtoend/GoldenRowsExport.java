package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.adapters.persistence.upcasting.PartnershipProposedUpcaster;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.app.support.VettingSteps;
import org.partnershipledger.domain.shared.VettingTier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.app.support.VettingSteps.VETTER;

/**
 * Exports the golden rows of issue 14 (see {@link GoldenRows}): drives a fresh service through its real command paths,
 * the demo portfolio through the command gateway and the rest over HTTP, until every event type of the domain is
 * stored at least once, an old revision of {@code PartnershipProposed} among them, and a projection has parked a poison
 * event as a dead letter; waits until every processor has caught up; then writes the rows of Axon's tables and what
 * it knows about itself to {@code src/test/resources/golden-rows/<database>/}.
 *
 * <p>Run by hand, never in CI, and only by the version whose rows are to be kept: the classes are not named
 * {@code *IT}, so the build never picks them up, and they run only with {@code -Dledger.export-golden-rows=true}.
 * It refuses to write over rows already there. The golden rows' README says how to run it and why it must not be run
 * again after the platform move. Run once per database by its subclasses.
 */
@SpringBootTest(classes = {PartnershipLedgerApplication.class, PoisonEventContract.PoisonableViews.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
@ActiveProfiles({"default", "test"})
abstract class GoldenRowsExport {

    /**
     * The switch each exporter class is enabled by, at class level so that a skipped exporter starts no service (the
     * condition is not inherited, hence on the subclasses).
     */
    static final String SWITCH = "ledger.export-golden-rows";
    static final String RUN_BY_HAND = "exports the golden rows: run by hand with -D" + SWITCH
            + "=true, never after the platform move (golden-rows/README.md)";
    static final String DIRECTORY = "ledger.export-golden-rows.directory";

    /** Titles carrying this fail to be stored in the partnership views: the poison that parks the dead letters. */
    static final String POISON = "POISON-golden";

    /** The demo portfolio's partnerships (DemoPortfolio), whose ids are fixed. */
    static final List<Map.Entry<String, String>> DEMO_PARTNERSHIPS = List.of(
            Map.entry("demo-tostan", "d0000000-0000-4000-8000-000000000001"),
            Map.entry("demo-measles", "d0000000-0000-4000-8000-000000000002"),
            Map.entry("demo-safe-water", "d0000000-0000-4000-8000-000000000003"),
            Map.entry("demo-rapid-sms", "d0000000-0000-4000-8000-000000000004"),
            Map.entry("demo-radio", "d0000000-0000-4000-8000-000000000005"),
            Map.entry("demo-youth", "d0000000-0000-4000-8000-000000000006"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    ApiClient api;
    VettingSteps vettings;
    LocalDate today;

    /** The partnerships driven here, by what happened to them: recorded in export.properties for the test. */
    final Map<String, String> partnerships = new LinkedHashMap<>();

    @BeforeEach
    void connect() {
        DEMO_PARTNERSHIPS.forEach(demo -> partnerships.put(demo.getKey(), demo.getValue()));
        api = new ApiClient(port);
        vettings = new VettingSteps(api, id -> eventsOf(id) > 0);
        today = LocalDate.now(clock);
    }

    @Test
    void exports_the_rows_of_axons_tables_holding_every_event_type_a_dead_letter_and_every_processors_token()
            throws Exception {
        Path root = Path.of(System.getProperty(DIRECTORY, "src/test/resources/" + GoldenRows.ROOT));
        Path directory;
        try (Connection connection = dataSource.getConnection()) {
            directory = root.resolve(GoldenRows.directoryOf(connection));
        }
        assertThat(!Files.exists(directory) || isEmpty(directory))
                .as(directory.toAbsolutePath() + " already holds golden rows: they are kept, never exported again "
                        + "(golden-rows/README.md); delete the directory first only if you are sure").isTrue();

        Map<String, String> version = version(root);

        partnersJoinLeaveAndAreRenamedAClearanceIsReusedAndReopened();
        aScreeningMatchIsDismissed();
        aStalledPartnershipIsCorrectedAndRenewed();
        aProposalStoredAsRevision1IsVetted();
        aPoisonEventIsParked();
        long head = new Quiescence(api, jdbc).quiesce();

        assertThat(storedEventTypes()).as("every event type of the domain is stored")
                .containsAll(domainEventTypes());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type = ? AND payload_revision = '1'")
                .param(PartnershipProposedUpcaster.PAYLOAD_TYPE).query(Long.class).single())
                .as("a proposal stored as revision 1, read through the upcaster").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dead_letter_entry").query(Long.class).single()).isEqualTo(2);
        assertThat(tables()).as("the service has no sagas, so no saga tables (ADR 010)")
                .noneMatch(table -> table.contains("saga") || table.equals("association_value_entry"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM snapshot_event_entry").query(Long.class).single())
                .as("aggregates are cached, never snapshotted (ADR 016)").isZero();

        try (Connection connection = dataSource.getConnection()) {
            GoldenRows.export(connection, directory);
            writeExportProperties(directory, version, connection.getMetaData(), head);
        }
    }

    // ---- what happens to the partnerships beyond the demo portfolio ---------------------------------------------

    /**
     * A partner joins, one leaves, a partner's name is corrected, both partners are cleared; a second partnership
     * reuses one clearance and is withdrawn; then that clearance is reopened, which sends the first partnership back
     * to PROPOSED.
     */
    private void partnersJoinLeaveAndAreRenamedAClearanceIsReusedAndReopened() {
        String first = propose("joined-left-renamed-reopened", "Golden rows: partners join, leave and are renamed",
                partner("golden-amani", "Amani Trust", "CSO", "ACTIVE"),
                partner("golden-jamii", "Jamii Media", "MEDIA", "ACTIVE"));
        command(first, "/partners", partner("golden-sauti", "Sauti Radio", "MEDIA", "ADVISORY"), 201);
        command(first, "/partners/golden-jamii/removal", """
                {"reason": "Withdrew before the agreement to focus on its own programmes"}""", 200);
        command(first, "/corrections", """
                {"fact": "PARTNER_NAME", "targetId": "golden-amani", "oldValue": "Amani Trust",
                 "newValue": "Amani Trust Senegal", "reason": "Registered name as on the certificate"}""", 200);
        String clearance = vettings.clear(first, "golden-amani", VettingTier.STANDARD);
        vettings.clear(first, "golden-sauti", VettingTier.STANDARD);
        // Reuse is found through the vetting read model, which must have the decision first (VettingContract).
        api.getEventually("auditor", "/api/vettings/" + clearance,
                response -> response.status() == 200 && !response.json().path("decision").isNull());

        String second = propose("clearance-reused-withdrawn", "Golden rows: a clearance reused, then withdrawn",
                partner("golden-amani", "Amani Trust Senegal", "CSO", "ACTIVE"));
        vettings.partnerVetting(second, "golden-amani", vetting -> vetting.get("reusedClearance").asBoolean());
        command(second, "/withdrawal", """
                {"reason": "Merged into the first partnership", "withdrawnOn": "%s"}""".formatted(today), 200);

        Response reopened = api.post(VETTER, "/api/vettings/" + clearance + "/reopening", """
                {"reason": "ADVERSE_MEDIA", "information": "Press reports of a dispute over the trust's accounts"}""");
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        vettings.partnerVetting(first, "golden-amani", vetting -> vetting.get("outcome").asText().equals("REOPENED"));
    }

    /** The process's screening matches a listed entity under a spelling variant; the officer dismisses the match. */
    private void aScreeningMatchIsDismissed() {
        String partnership = propose("screening-match-dismissed", "Golden rows: a screening match dismissed",
                partner("golden-brindlemoor", "Brindlemoor Humanitarian Releif Fondation", "CSO", "ACTIVE"));
        String vetting = vettings.openedVetting(partnership, "golden-brindlemoor");
        Response dismissed = api.post(VETTER, "/api/vettings/" + vetting + "/screening-matches/ZZe.003/dismissal", """
                {"justification": "A village association registered in Kaolack in 2019, not the listed foundation"}""");
        assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
    }

    /**
     * Agreed, amended, placed under correction by a poor review, corrected by a plan carried out and a review with
     * progress, then concluded with a renewal: a new agreement cycle that starts at VETTED.
     */
    private void aStalledPartnershipIsCorrectedAndRenewed() {
        String partner = "golden-kaolack";
        String partnership = propose("corrected-and-renewed", "Golden rows: corrected, then renewed",
                partner(partner, "Kaolack Women's Cooperative", "CSO", "ACTIVE"));
        vettings.clear(partnership, partner, VettingTier.STANDARD);
        command(partnership, "/agreement", PartnershipLifecycleContract.agreement(partner, today.minusDays(60)), 200);
        command(partnership, "/agreement/amendments", """
                {"amendmentId": "amendment-1", "amendedOn": "%s", "intendedEndDate": "%s",
                 "rationale": "The ministry asked for a third year to reach the remaining villages"}"""
                .formatted(today.minusDays(50), today.minusDays(60).plusYears(3)), 201);
        command(partnership, "/reviews", PartnershipLifecycleContract.review(partner, "review-1", today.minusDays(20),
                "LITTLE_OR_NO_PROGRESS", "CORRECTIVE_ACTION"), 201);
        command(partnership, "/corrective-plans",
                PartnershipLifecycleContract.correctivePlan(partner, today.minusDays(15)), 201);
        command(partnership, "/corrective-actions/action-1/completion", """
                {"completedOn": "%s", "completionNote": "Ten facilitators recruited and trained"}"""
                .formatted(today.minusDays(10)), 200);
        command(partnership, "/reviews", PartnershipLifecycleContract.review(partner, "review-2", today.minusDays(5),
                "SOME_PROGRESS", "CONTINUE"), 201);
        command(partnership, "/corrective-actions/action-2/completion", """
                {"completedOn": "%s", "completionNote": "Calls held every month since the plan"}"""
                .formatted(today.minusDays(2)), 200);
        command(partnership, "/conclusion", PartnershipLifecycleContract.conclusion(partner, today, "RENEW"), 200);
    }

    /** ADR 014's golden revision 1 payload, stored as today's code cannot write it, then vetted through the process. */
    private void aProposalStoredAsRevision1IsVetted() {
        String partnership = UUID.randomUUID().toString();
        partnerships.put("stored-as-revision-1", partnership);
        Revision1Proposals.store(jdbc, partnership,
                Revision1Proposals.payload(partnership, "golden-tostan", "golden-radio-sahel"));
        vettings.clear(partnership, "golden-tostan", VettingTier.STANDARD);
        vettings.clear(partnership, "golden-radio-sahel", VettingTier.STANDARD);
    }

    /**
     * As {@link PoisonEventContract} parks one: the partnership views fail on the proposal, which is parked with its
     * cause, and the correction after it waits behind it, never tried. The letters stay parked in the export.
     */
    private void aPoisonEventIsParked() {
        PoisonEventContract.POISONED.add(POISON);
        try {
            String partnership = propose("parked-as-dead-letter", POISON + " community radio",
                    partner("golden-kolda", "Radio Kolda FM", "MEDIA", "ACTIVE"));
            command(partnership, "/corrections", """
                    {"fact": "TITLE", "oldValue": "%s community radio", "newValue": "%s community radio network",
                     "reason": "The radio broadcasts on three stations"}""".formatted(POISON, POISON), 200);
            Response parked = api.getEventually(ReplayAndEvolutionContract.ADMIN,
                    "/api/admin/dead-letters/" + PoisonEventContract.VIEWS,
                    response -> response.json().get("items").findValuesAsText("sequenceId").contains(partnership)
                            && response.json().get("items").get(0).get("size").asInt() == 2);
            assertThat(parked.json().get("items")).as(parked.toString()).hasSize(1);
            assertThat(parked.json().get("items").get(0).get("size").asInt()).isEqualTo(2);
            vettings.openedVetting(partnership, "golden-kolda");
        } finally {
            PoisonEventContract.POISONED.remove(POISON);
        }
    }

    // ---- steps --------------------------------------------------------------------------------------------------

    private String propose(String scenario, String title, String... partners) {
        Response created = api.post("officer", "/api/partnerships", """
                {"title": "%s", "purpose": "Kept as a golden row of issue 14",
                 "form": "FORMAL_PARTNERSHIP", "agencyRole": "PARTNER", "scope": "NATIONAL",
                 "transfer": {"amount": 250000, "currency": "USD"}, "partners": [%s]}"""
                .formatted(title, String.join(", ", partners)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        partnerships.put(scenario, id);
        api.getEventually("officer", "/api/partnerships/" + id, response -> response.status() == 200);
        return id;
    }

    private static String partner(String id, String name, String type, String engagement) {
        return """
                {"partnerId": "%s", "name": "%s", "type": "%s", "country": "SN", "engagement": "%s"}"""
                .formatted(id, name, type, engagement);
    }

    /** A command on the partnership, as its officer; waits until the view shows the version it answered. */
    private void command(String partnership, String task, String body, int expected) {
        Response response = api.post("officer", "/api/partnerships/" + partnership + task, body);
        assertThat(response.status()).as(task + ": " + response).isEqualTo(expected);
        long version = response.json().get("version").asLong();
        api.getEventually("officer", "/api/partnerships/" + partnership,
                view -> view.status() == 200 && view.json().get("version").asLong() >= version);
    }

    // ---- what is stored -----------------------------------------------------------------------------------------

    /** Every event of the domain: the records annotated with a revision in the domain's {@code events} packages. */
    private static Set<String> domainEventTypes() {
        Set<String> types = new ClassFileImporter().importPackages("org.partnershipledger.domain").stream()
                .filter(type -> type.getPackageName().endsWith(".events") && type.isAnnotatedWith(Revision.class))
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(types).as("the domain's event types").hasSizeGreaterThan(20);
        return types;
    }

    private Set<String> storedEventTypes() {
        return new TreeSet<>(jdbc.sql("SELECT DISTINCT payload_type FROM domain_event_entry").query(String.class)
                .list());
    }

    private long eventsOf(String aggregateId) {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?").param(aggregateId)
                .query(Long.class).single();
    }

    private Set<String> tables() {
        return new TreeSet<>(jdbc.sql("SELECT LOWER(table_name) FROM information_schema.tables "
                + "WHERE table_schema = CURRENT_SCHEMA").query(String.class).list());
    }

    // ---- what the export knows about itself ---------------------------------------------------------------------

    /**
     * The commit and the platform that export. The version is the commit unless the tree has changes outside the
     * golden rows (those of the other database may already be there).
     */
    private static Map<String, String> version(Path root) throws IOException, InterruptedException {
        Map<String, String> version = new LinkedHashMap<>();
        version.put("git.commit", git("rev-parse", "HEAD"));
        version.put("git.uncommitted-changes", String.valueOf(!git("status", "--porcelain", "--", ":/",
                ":(exclude)" + root.toAbsolutePath()).isEmpty()));
        version.put("spring-boot.version", SpringBootVersion.getVersion());
        version.put("axon.version", mavenVersion("org.axonframework", "axon-messaging"));
        version.put("jackson.version", PackageVersion.VERSION.toString());
        version.put("java.version", System.getProperty("java.version"));
        return version;
    }

    private void writeExportProperties(Path directory, Map<String, String> version, DatabaseMetaData database,
                                       long head) throws Exception {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("exported-at", Instant.now().toString());
        properties.put("exported-on", today.toString());
        properties.putAll(version);
        properties.put("database", database.getDatabaseProductName() + " " + database.getDatabaseProductVersion());
        properties.put("events", String.valueOf(jdbc.sql("SELECT COUNT(*) FROM domain_event_entry")
                .query(Long.class).single()));
        properties.put("head", String.valueOf(head));
        partnerships.forEach((scenario, id) -> properties.put("partnership." + scenario, id));

        StringBuilder text = new StringBuilder("""
                # What the golden-rows export (GoldenRowsExport) recorded about itself. exported-on is the day the
                # service took as today: the dates in the rows are relative to it. partnership.* are the records by
                # what happened to them. Never edit, never export again (README.md).
                """);
        properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(directory.resolve(GoldenRows.EXPORT_PROPERTIES), text, StandardCharsets.UTF_8);
    }

    private static String git(String... arguments) throws IOException, InterruptedException {
        Process git = new ProcessBuilder(Stream.concat(Stream.of("git"), Stream.of(arguments)).toList())
                .redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(git.waitFor()).as("git " + String.join(" ", arguments) + ": " + output).isZero();
        return output;
    }

    /** The version of a library on the class path, from the Maven metadata in its jar. */
    private static String mavenVersion(String groupId, String artifactId) {
        String path = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = GoldenRowsExport.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }
}
