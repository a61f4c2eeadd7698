package org.partnershipledger.adapters.persistence.vetting;

import org.partnershipledger.adapters.persistence.TestDatabases;
import org.partnershipledger.adapters.persistence.batching.ProcessorBatch;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.testsupport.jdbc.StatementLog;
import org.partnershipledger.application.vetting.queries.FindPartners;
import org.partnershipledger.application.vetting.queries.FindVettingQueue;
import org.partnershipledger.application.vetting.views.PartnerPartnershipView;
import org.partnershipledger.application.vetting.views.RequiredAuthority;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.projections.vetting.PartnerEngagement;
import org.partnershipledger.projections.vetting.PartnerIdentity;
import org.partnershipledger.projections.vetting.RegistryPartnership;
import org.partnershipledger.projections.vetting.VettingIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.adapters.persistence.vetting.VettingFixture.DAY_ONE;
import static org.partnershipledger.adapters.persistence.vetting.VettingFixture.left;
import static org.partnershipledger.adapters.persistence.vetting.VettingFixture.participant;
import static org.partnershipledger.adapters.persistence.vetting.VettingFixture.partnership;
import static org.partnershipledger.adapters.persistence.vetting.VettingFixture.vetting;

/**
 * What the JDBC stores of the vetting read models promise, written once and run on each database by a subclass
 * (ADR 007, ADR 009): the view round trip, the queue's filters, order and paging, the registry's composition of
 * partners from partnerships and vettings, and a migration that leaves the earlier read models alone.
 */
abstract class VettingStoresContract {

    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 2, 1);

    private JdbcClient jdbc;
    private JdbcVettingViewStore views;
    private JdbcVettingQueueStore queue;
    private JdbcPartnerEngagementStore partnerships;
    private JdbcPartnerRegistryStore registry;

    /** A database migrated to the latest version, shared by the tests of the class. */
    protected abstract DataSource database();

    /** A database of the same vendor that no migration has touched. */
    protected abstract DataSource emptyDatabase();

    /** The folder of the vendor's migrations under {@code db/migration}. */
    protected abstract String vendor();

    @BeforeEach
    void emptyTheReadModels() {
        jdbc = JdbcClient.create(database());
        views = new JdbcVettingViewStore(jdbc);
        partnerships = new JdbcPartnerEngagementStore(jdbc);
        views.deleteAll();
        partnerships.deleteAll();
        queue = new JdbcVettingQueueStore(jdbc);
        registry = new JdbcPartnerRegistryStore(jdbc);
    }

    private void save(VettingFixture... fixtures) {
        for (VettingFixture fixture : fixtures) {
            views.save(fixture.view(), fixture.index());
        }
    }

    private void save(RegistryPartnership... documents) {
        for (RegistryPartnership document : documents) {
            partnerships.save(document);
        }
    }

    // ---- vetting views: round trip, replacement, transactions ----------------------------------------------

    @Test
    void a_saved_view_reads_back_with_every_part() {
        VettingView view = VettingFixture.rich("v-1");

        views.save(view, VettingIndex.of(view));

        assertThat(views.find("v-1")).contains(view);
    }

    @Test
    void saving_again_replaces_the_view_its_index_and_its_reliances() {
        save(vetting("v-1").reusedBy("p-2"));

        save(vetting("v-1").decided(VettingDecision.CLEARED, DECIDED_ON).reopened().reusedBy("p-3"));

        assertThat(views.find("v-1")).hasValueSatisfying(v -> assertThat(v.earlierDecisions()).hasSize(1));
        assertThat(count("vetting_view")).isEqualTo(1);
        assertThat(ids(queue.page(byPartnership("p-2")))).isEmpty();
        assertThat(ids(queue.page(byPartnership("p-3")))).containsExactly("v-1");
    }

    @Test
    void deleting_all_empties_views_and_reliances_and_leaves_the_registry_partnerships() {
        save(vetting("v-1").reusedBy("p-2"));
        save(partnership("p-1", "T", PartnershipStatus.PROPOSED, participant("tostan", "Tostan", PartnerType.CSO, 0)));

        views.deleteAll();

        assertThat(views.find("v-1")).isEmpty();
        assertThat(count("vetting_view")).isZero();
        assertThat(count("vetting_view_reliance")).isZero();
        assertThat(count("partner_registry_engagement")).isEqualTo(1);
    }

    @Test
    void an_unknown_vetting_is_not_found() {
        assertThat(views.find("nope")).isEmpty();
    }

    @Test
    void a_save_rolled_back_with_its_transaction_leaves_nothing_behind() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database()));

        transaction.executeWithoutResult(status -> {
            save(vetting("v-1").reusedBy("p-2"));
            save(partnership("p-1", "T", PartnershipStatus.PROPOSED,
                    participant("tostan", "Tostan", PartnerType.CSO, 0)));
            status.setRollbackOnly();
        });

        assertThat(views.find("v-1")).isEmpty();
        assertThat(partnerships.find("p-1")).isEmpty();
        for (String table : List.of("vetting_view", "vetting_view_reliance", "partner_registry_partnership",
                "partner_registry_engagement")) {
            assertThat(count(table)).as(table).isZero();
        }
    }

    @Test
    void names_and_titles_of_any_length_are_kept() {
        String longName = "N".repeat(5_000);
        String longTitle = "T".repeat(5_000);

        save(vetting("v-1").partner("x", longName, PartnerType.CSO));
        save(partnership("p-1", longTitle, PartnershipStatus.PROPOSED,
                participant("y", longName, PartnerType.MEDIA, 0)));

        assertThat(views.find("v-1")).hasValueSatisfying(v -> assertThat(v.partner().name()).isEqualTo(longName));
        assertThat(registry.identityOf("y")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo(longName));
        assertThat(registry.engagementsOf(List.of("y"))).singleElement()
                .satisfies(e -> assertThat(e.partnership().title()).isEqualTo(longTitle));
    }

    // ---- in an event processor's batch: read once, written once at commit (ADR 026) ------------------------

    @Test
    void a_batch_reads_its_vettings_in_one_statement_and_writes_each_changed_view_once_at_commit() {
        save(vetting("v-1").forPartnership("p-1"), vetting("v-2").forPartnership("p-1"));
        StatementLog log = new StatementLog(database());
        JdbcVettingViewStore batched = new JdbcVettingViewStore(JdbcClient.create(log.dataSource()));

        ProcessorBatch.of().event("Vetting", "v-1", 1, "p-2").event("Vetting", "v-2", 1, "p-3")
                .event("Vetting", "v-1", 2, "p-4")
                .apply(log.dataSource(), event -> {
                    VettingFixture reused = vetting(event.getAggregateIdentifier()).forPartnership("p-1");
                    batched.find(event.getAggregateIdentifier()).orElseThrow().reliedOnBy()
                            .stream().filter(r -> !r.partnershipId().equals("p-1"))
                            .forEach(r -> reused.reusedBy(r.partnershipId()));
                    reused.reusedBy((String) event.getPayload());
                    batched.save(reused.view(), reused.index());
                });

        assertThat(log.count("SELECT")).isEqualTo(1);
        assertThat(log.count("INSERT INTO vetting_view ")).isEqualTo(1);
        assertThat(views.find("v-1").orElseThrow().reliedOnBy()).extracting(r -> r.partnershipId())
                .containsExactly("p-1", "p-2", "p-4");
        assertThat(jdbc.sql("SELECT partnership_id FROM vetting_view_reliance WHERE vetting_id = 'v-2'")
                .query(String.class).list()).containsExactlyInAnyOrder("p-1", "p-3");
    }

    @Test
    void a_batch_writes_each_registry_partnership_once_at_commit_with_its_engagements() {
        save(partnership("p-1", "Before", PartnershipStatus.PROPOSED, participant("gavi", "Gavi", PartnerType.GPP, 0)));
        StatementLog log = new StatementLog(database());
        JdbcPartnerEngagementStore batched = new JdbcPartnerEngagementStore(JdbcClient.create(log.dataSource()));

        ProcessorBatch.of().event("Partnership", "p-1", 5, "Vetted").event("Partnership", "p-1", 6, "Agreed")
                .apply(log.dataSource(), event -> {
                    RegistryPartnership stored = batched.find("p-1").orElseThrow();
                    batched.save(partnership("p-1", (String) event.getPayload(), PartnershipStatus.AGREED,
                            stored.participants().get(0), participant("mtn", "MTN", PartnerType.CORPORATE, 1)));
                });

        assertThat(log.count("SELECT")).isEqualTo(1);
        assertThat(log.count("INSERT INTO partner_registry_partnership")).isEqualTo(1);
        assertThat(log.count("INSERT INTO partner_registry_engagement")).isEqualTo(1);
        assertThat(partnerships.find("p-1")).hasValueSatisfying(p -> assertThat(p.title()).isEqualTo("Agreed"));
        assertThat(registry.engagementsOf(List.of("gavi", "mtn"))).extracting(e -> e.partnership().title())
                .containsExactly("Agreed", "Agreed");
    }

    // ---- queue: awaiting decision, filters, order, paging, counts ------------------------------------------

    @Test
    void only_vettings_awaiting_a_decision_are_queued_unless_decided_ones_are_asked_for() {
        save(vetting("v-open").openedDaysAfterDayOne(0),
                vetting("v-cleared").openedDaysAfterDayOne(1).decided(VettingDecision.CLEARED, DECIDED_ON),
                vetting("v-rejected").openedDaysAfterDayOne(2).decided(VettingDecision.REJECTED, DECIDED_ON),
                vetting("v-reopened").openedDaysAfterDayOne(3).decided(VettingDecision.CLEARED, DECIDED_ON)
                        .reopened());

        assertThat(ids(queue.page(FindVettingQueue.firstPage()))).containsExactly("v-open", "v-reopened");
        assertThat(ids(queue.page(new FindVettingQueue(null, null, null, null, true, 0, 20))))
                .containsExactly("v-open", "v-cleared", "v-rejected", "v-reopened");
    }

    @Test
    void the_oldest_comes_first_with_its_index_as_saved_and_pages_follow_each_other() {
        VettingFixture oldest = vetting("v-b").openedDaysAfterDayOne(0).tier(VettingTier.ENHANCED)
                .partner("mtn", "MTN Group", PartnerType.CORPORATE);
        save(vetting("v-c").openedDaysAfterDayOne(2), oldest, vetting("v-a").openedDaysAfterDayOne(1),
                vetting("v-e").openedDaysAfterDayOne(4), vetting("v-d").openedDaysAfterDayOne(3));

        assertThat(queue.page(FindVettingQueue.firstPage()).get(0)).isEqualTo(oldest.index());
        assertThat(ids(queue.page(page(0, 2)))).containsExactly("v-b", "v-a");
        assertThat(ids(queue.page(page(1, 2)))).containsExactly("v-c", "v-d");
        assertThat(ids(queue.page(page(2, 2)))).containsExactly("v-e");
    }

    @Test
    void vettings_opened_at_the_same_instant_are_ordered_by_id() {
        save(vetting("v-2"), vetting("v-1"), vetting("v-3"));

        assertThat(ids(queue.page(FindVettingQueue.firstPage()))).containsExactly("v-1", "v-2", "v-3");
    }

    @Test
    void filters_on_tier_authority_and_partner_combine() {
        save(vetting("v-light").tier(VettingTier.LIGHT),
                vetting("v-standard").tier(VettingTier.STANDARD),
                vetting("v-enhanced").tier(VettingTier.ENHANCED).partner("mtn", "MTN", PartnerType.CORPORATE),
                vetting("v-enhanced-2").tier(VettingTier.ENHANCED));

        assertThat(ids(queue.page(query(VettingTier.STANDARD, null, null)))).containsExactly("v-standard");
        assertThat(ids(queue.page(query(null, RequiredAuthority.HQ_DUE_DILIGENCE_COMMITTEE, null))))
                .containsExactly("v-enhanced", "v-enhanced-2");
        assertThat(ids(queue.page(query(VettingTier.ENHANCED, RequiredAuthority.HQ_DUE_DILIGENCE_COMMITTEE,
                "mtn")))).containsExactly("v-enhanced");
        assertThat(ids(queue.page(query(VettingTier.LIGHT, null, "mtn")))).isEmpty();
    }

    @Test
    void the_partnership_filter_matches_the_partnership_opened_for_or_any_reuse_once() {
        save(vetting("v-own").forPartnership("p-1"),
                vetting("v-reused").forPartnership("p-9").reusedBy("p-1").reusedBy("p-2"),
                vetting("v-other").forPartnership("p-2"));

        assertThat(ids(queue.page(byPartnership("p-1")))).containsExactly("v-own", "v-reused");
        assertThat(queue.countByTier(byPartnership("p-1"))).containsExactly(Map.entry(VettingTier.LIGHT, 2L));
    }

    @Test
    void counts_by_tier_cover_the_whole_filtered_set_not_just_the_page() {
        for (int i = 0; i < 3; i++) {
            save(vetting("v-light-" + i).openedDaysAfterDayOne(i));
        }
        save(vetting("v-enhanced").tier(VettingTier.ENHANCED),
                vetting("v-decided").tier(VettingTier.STANDARD).decided(VettingDecision.REJECTED, DECIDED_ON));

        assertThat(queue.page(page(0, 1))).hasSize(1);
        assertThat(queue.countByTier(page(0, 1))).containsOnly(Map.entry(VettingTier.LIGHT, 3L),
                Map.entry(VettingTier.ENHANCED, 1L));
    }

    // ---- registry: identity, filters, totals, engagements, vettings ----------------------------------------

    @Test
    void a_partner_takes_the_identity_a_partnership_recorded_last() {
        save(partnership("p-1", "Old", PartnershipStatus.AGREED, participant("tostan", "Tostan (old)",
                        PartnerType.CSO, 0)),
                partnership("p-2", "New", PartnershipStatus.PROPOSED, participant("tostan", "Tostan",
                        PartnerType.CSO, 5)),
                partnership("p-3", "Between", PartnershipStatus.PROPOSED, participant("tostan", "Tostan (between)",
                        PartnerType.CSO, 3)));

        assertThat(registry.identityOf("tostan")).contains(
                new PartnerIdentity("tostan", "Tostan", PartnerType.CSO, "SN", "REG-tostan"));
    }

    @Test
    void a_partner_named_by_a_partnership_keeps_that_name_over_a_later_vetting() {
        save(partnership("p-1", "T", PartnershipStatus.PROPOSED, participant("tostan", "Tostan", PartnerType.CSO,
                0)));
        save(vetting("v-1").partner("tostan", "Tostan as screened", PartnerType.CSO).openedDaysAfterDayOne(10));

        assertThat(registry.identityOf("tostan")).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Tostan");
            assertThat(p.registrationReference()).isEqualTo("REG-tostan");
        });
        assertThat(registry.count(FindPartners.firstPage())).isEqualTo(1);
    }

    @Test
    void a_partner_known_only_from_vettings_takes_the_identity_of_its_latest_vetting() {
        save(vetting("v-1").partner("mtn", "MTN (old)", PartnerType.CORPORATE).openedDaysAfterDayOne(0),
                vetting("v-2").partner("mtn", "MTN Group", PartnerType.CORPORATE).openedDaysAfterDayOne(7),
                vetting("v-3").partner("mtn", "MTN (between)", PartnerType.CORPORATE).openedDaysAfterDayOne(3));

        assertThat(registry.identityOf("mtn")).contains(
                new PartnerIdentity("mtn", "MTN Group", PartnerType.CORPORATE, "SN", null));
        assertThat(registry.identityOf("nobody")).isEmpty();
    }

    @Test
    void partners_are_paged_by_name_ignoring_case_then_by_id() {
        save(partnership("p-1", "T", PartnershipStatus.PROPOSED,
                participant("c", "charlie", PartnerType.CSO, 0), participant("a", "Alpha", PartnerType.CSO, 0),
                participant("b2", "Bravo", PartnerType.CSO, 0), participant("b1", "bravo", PartnerType.CSO, 0)));
        save(vetting("v-1").partner("d", "Delta", PartnerType.MEDIA));

        assertThat(partnerIds(registry.page(FindPartners.firstPage()))).containsExactly("a", "b1", "b2", "c", "d");
        assertThat(partnerIds(registry.page(new FindPartners(null, null, 1, 2)))).containsExactly("b2", "c");
        assertThat(registry.count(new FindPartners(null, null, 1, 2))).isEqualTo(5);
    }

    @Test
    void the_type_and_text_filters_combine_and_text_matches_literally_ignoring_case() {
        save(partnership("p-1", "T", PartnershipStatus.PROPOSED,
                participant("gavi", "Gavi, the Vaccine Alliance", PartnerType.GPP, 0),
                participant("va", "VACCINE_ALLIANCE Foundation", PartnerType.FOUNDATION, 0),
                participant("vx", "VaccineXAlliance", PartnerType.GPP, 0),
                participant("pct", "100% Vaccines", PartnerType.CSO, 0)));

        assertThat(partnerIds(registry.page(new FindPartners(PartnerType.GPP, "vaccine", 0, 20))))
                .containsExactly("gavi", "vx");
        assertThat(partnerIds(registry.page(new FindPartners(null, "vaccine_alliance", 0, 20))))
                .containsExactly("va");
        assertThat(partnerIds(registry.page(new FindPartners(null, "100%", 0, 20)))).containsExactly("pct");
        assertThat(registry.count(new FindPartners(PartnerType.GPP, "vaccine", 0, 20))).isEqualTo(2);
    }

    @Test
    void totals_by_type_count_each_partner_once_over_the_whole_registry() {
        save(partnership("p-1", "T1", PartnershipStatus.PROPOSED,
                        participant("tostan", "Tostan", PartnerType.CSO, 0),
                        participant("gavi", "Gavi", PartnerType.GPP, 0)),
                partnership("p-2", "T2", PartnershipStatus.PROPOSED,
                        participant("tostan", "Tostan", PartnerType.CSO, 1)));
        save(vetting("v-1").partner("tostan", "Tostan", PartnerType.CSO),
                vetting("v-2").partner("mtn", "MTN", PartnerType.CORPORATE));

        assertThat(registry.countByType()).containsOnly(Map.entry(PartnerType.CSO, 1L),
                Map.entry(PartnerType.GPP, 1L), Map.entry(PartnerType.CORPORATE, 1L));
    }

    @Test
    void engagements_read_back_by_joining_time_with_when_a_partner_left() {
        RegistryPartnership.Participant gavi = participant("gavi", "Gavi", PartnerType.GPP, 2);
        save(partnership("p-2", "Later", PartnershipStatus.VETTED, participant("tostan", "Tostan", PartnerType.CSO,
                        4)),
                partnership("p-1", "Earlier", PartnershipStatus.AGREED,
                        participant("tostan", "Tostan", PartnerType.CSO, 1), left(gavi, 3)));

        List<PartnerEngagement> engagements = registry.engagementsOf(List.of("tostan", "gavi"));

        assertThat(engagements).containsExactly(
                new PartnerEngagement("tostan", new PartnerPartnershipView("p-1", "Earlier", PartnershipStatus.AGREED,
                        EngagementLevel.ACTIVE, "CO-SEN", DAY_ONE.plus(Duration.ofDays(1)), null)),
                new PartnerEngagement("gavi", new PartnerPartnershipView("p-1", "Earlier", PartnershipStatus.AGREED,
                        EngagementLevel.ACTIVE, "CO-SEN", DAY_ONE.plus(Duration.ofDays(2)),
                        DAY_ONE.plus(Duration.ofDays(3)))),
                new PartnerEngagement("tostan", new PartnerPartnershipView("p-2", "Later", PartnershipStatus.VETTED,
                        EngagementLevel.ACTIVE, "CO-SEN", DAY_ONE.plus(Duration.ofDays(4)), null)));
        assertThat(registry.engagementsOf(List.of("gavi"))).hasSize(1);
        assertThat(registry.engagementsOf(List.of())).isEmpty();
    }

    @Test
    void saving_a_partnership_again_replaces_its_document_and_engagements() {
        save(partnership("p-1", "Before", PartnershipStatus.PROPOSED,
                participant("tostan", "Tostan", PartnerType.CSO, 0)));
        RegistryPartnership after = partnership("p-1", "After", PartnershipStatus.DISCONTINUED,
                participant("gavi", "Gavi", PartnerType.GPP, 1));

        save(after);

        assertThat(partnerships.find("p-1")).contains(after);
        assertThat(registry.engagementsOf(List.of("tostan"))).isEmpty();
        assertThat(registry.engagementsOf(List.of("gavi"))).singleElement().satisfies(e -> {
            assertThat(e.partnership().title()).isEqualTo("After");
            assertThat(e.partnership().status()).isEqualTo(PartnershipStatus.DISCONTINUED);
        });
        assertThat(count("partner_registry_partnership")).isEqualTo(1);
    }

    @Test
    void deleting_all_partnerships_of_the_registry_leaves_the_vettings() {
        save(partnership("p-1", "T", PartnershipStatus.PROPOSED, participant("tostan", "Tostan", PartnerType.CSO,
                0)));
        save(vetting("v-1"));

        partnerships.deleteAll();

        assertThat(partnerships.find("p-1")).isEmpty();
        assertThat(count("partner_registry_engagement")).isZero();
        assertThat(views.find("v-1")).isPresent();
        assertThat(registry.identityOf("tostan")).hasValueSatisfying(p -> assertThat(p.registrationReference())
                .isNull());
    }

    @Test
    void vettings_of_partners_are_listed_oldest_first_as_saved() {
        VettingFixture cleared = vetting("v-2").openedDaysAfterDayOne(5)
                .decided(VettingDecision.CLEARED_WITH_CONDITIONS, DECIDED_ON);
        save(cleared, vetting("v-1").openedDaysAfterDayOne(1),
                vetting("v-3").partner("mtn", "MTN", PartnerType.CORPORATE));

        assertThat(registry.vettingsOf(List.of("tostan"))).extracting(VettingIndex::vettingId)
                .containsExactly("v-1", "v-2");
        assertThat(registry.vettingsOf(List.of("tostan")).get(1)).isEqualTo(cleared.index());
        assertThat(registry.vettingsOf(List.of("tostan", "mtn"))).hasSize(3);
        assertThat(registry.vettingsOf(List.of())).isEmpty();
    }

    // ---- migration: V4 adds tables and touches nothing else ------------------------------------------------

    @Test
    void the_vetting_migration_leaves_the_partnership_read_model_and_every_token_alone() {
        DataSource database = TestDatabases.migrated(emptyDatabase(), vendor(), MigrationVersion.fromVersion("3"));
        JdbcClient old = JdbcClient.create(database);
        old.sql("""
                INSERT INTO partnership_view (partnership_id, version, title, purpose, status, form, lead_office,
                                              proposed_at, last_changed_at, withdrawn, summary, document)
                VALUES ('p-1', 0, 'Kept', 'P', 'PROPOSED', 'FORMAL_PARTNERSHIP', 'CO-SEN', CURRENT_TIMESTAMP,
                        CURRENT_TIMESTAMP, FALSE, '{}', '{}')""").update();
        old.sql("INSERT INTO token_entry (processor_name, segment) VALUES ('partnership-views', 0)").update();

        TestDatabases.migrated(database, vendor());

        assertThat(old.sql("SELECT title FROM partnership_view").query(String.class).list()).containsExactly("Kept");
        assertThat(old.sql("SELECT processor_name FROM token_entry").query(String.class).list())
                .containsExactly("partnership-views");
        assertThat(old.sql("SELECT COUNT(*) FROM vetting_view").query(Long.class).single()).isZero();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static FindVettingQueue page(int page, int size) {
        return new FindVettingQueue(null, null, null, null, false, page, size);
    }

    private static FindVettingQueue byPartnership(String partnershipId) {
        return new FindVettingQueue(null, null, partnershipId, null, false, 0, 20);
    }

    private static FindVettingQueue query(VettingTier tier, RequiredAuthority authority, String partnerId) {
        return new FindVettingQueue(tier, authority, null, partnerId, false, 0, 20);
    }

    private static List<String> ids(List<VettingIndex> indexes) {
        return indexes.stream().map(VettingIndex::vettingId).toList();
    }

    private static List<String> partnerIds(List<PartnerIdentity> identities) {
        return identities.stream().map(PartnerIdentity::partnerId).toList();
    }
}
