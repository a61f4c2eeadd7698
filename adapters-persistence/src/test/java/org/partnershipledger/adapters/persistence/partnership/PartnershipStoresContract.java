package org.partnershipledger.adapters.persistence.partnership;

import org.partnershipledger.adapters.persistence.TestDatabases;
import org.partnershipledger.adapters.persistence.batching.ProcessorBatch;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.testsupport.jdbc.StatementLog;
import org.partnershipledger.application.partnership.queries.FindPortfolio;
import org.partnershipledger.application.partnership.queries.PortfolioSort;
import org.partnershipledger.application.partnership.views.OverdueActionView;
import org.partnershipledger.application.partnership.views.OverduePlanView;
import org.partnershipledger.application.partnership.views.PartnershipSummary;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.application.partnership.views.ReviewDueView;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.projections.partnership.PartnershipIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.adapters.persistence.partnership.ViewFixture.action;
import static org.partnershipledger.adapters.persistence.partnership.ViewFixture.partner;
import static org.partnershipledger.adapters.persistence.partnership.ViewFixture.partnership;

/**
 * What the JDBC stores of the partnership read models promise, written once and run on each database by a subclass
 * (ADR 007): the view round trip, the portfolio's filters, order and paging, the calendar's date ranges, the
 * statistics, and the migration that rebuilds the read model.
 */
abstract class PartnershipStoresContract {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 15);

    private JdbcClient jdbc;
    private JdbcPartnershipViewStore views;
    private JdbcPortfolioStore portfolio;
    private JdbcReviewCalendarStore calendar;
    private JdbcPartnershipStatisticsStore statistics;

    /** A database migrated to the latest version, shared by the tests of the class. */
    protected abstract DataSource database();

    /** A database of the same vendor that no migration has touched. */
    protected abstract DataSource emptyDatabase();

    /** The folder of the vendor's migrations under {@code db/migration}. */
    protected abstract String vendor();

    @BeforeEach
    void emptyTheReadModel() {
        jdbc = JdbcClient.create(database());
        views = new JdbcPartnershipViewStore(jdbc);
        views.deleteAll();
        portfolio = new JdbcPortfolioStore(jdbc);
        calendar = new JdbcReviewCalendarStore(jdbc);
        statistics = new JdbcPartnershipStatisticsStore(jdbc);
    }

    private void save(ViewFixture... fixtures) {
        for (ViewFixture fixture : fixtures) {
            views.save(fixture.view(), fixture.index());
        }
    }

    // ---- views: the document round trip, replacement, transactions -----------------------------------------

    @Test
    void a_saved_view_reads_back_with_every_part() {
        PartnershipView view = RichView.of("p-1");

        views.save(view, PartnershipIndex.of(view));

        assertThat(views.find("p-1")).contains(view);
    }

    @Test
    void saving_again_replaces_the_view_and_its_index() {
        save(partnership("p-1").title("Before").with(partner("gavi", "Gavi", PartnerType.GPP)));

        save(partnership("p-1").title("After").with(partner("mtn", "MTN", PartnerType.CORPORATE)));

        assertThat(views.find("p-1")).hasValueSatisfying(view -> assertThat(view.title()).isEqualTo("After"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM partnership_view").query(Long.class).single()).isEqualTo(1);
        assertThat(titles(portfolio.page(byType(PartnerType.GPP)))).isEmpty();
        assertThat(titles(portfolio.page(byType(PartnerType.CORPORATE)))).containsExactly("After");
    }

    @Test
    void deleting_all_empties_views_partners_and_open_actions() {
        save(partnership("p-1").planAgreed(TODAY.minusDays(60), action("a", null, TODAY, false)));

        views.deleteAll();

        assertThat(views.find("p-1")).isEmpty();
        for (String table : List.of("partnership_view", "partnership_view_partner", "partnership_view_open_action")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).as(table).isZero();
        }
    }

    @Test
    void an_unknown_partnership_is_not_found() {
        assertThat(views.find("nope")).isEmpty();
    }

    @Test
    void a_save_rolled_back_with_its_transaction_leaves_nothing_behind() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database()));

        transaction.executeWithoutResult(status -> {
            save(partnership("p-1").planAgreed(TODAY.minusDays(60), action("a", null, TODAY, false)));
            status.setRollbackOnly();
        });

        assertThat(views.find("p-1")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM partnership_view_partner").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM partnership_view_open_action").query(Long.class).single())
                .isZero();
    }

    @Test
    void a_title_and_purpose_of_any_length_are_kept() {
        String longTitle = "T".repeat(2_000);
        String longPurpose = "P".repeat(20_000);

        save(partnership("p-1").title(longTitle).purpose(longPurpose));

        assertThat(views.find("p-1")).hasValueSatisfying(view -> {
            assertThat(view.title()).isEqualTo(longTitle);
            assertThat(view.purpose()).isEqualTo(longPurpose);
        });
    }

    // ---- views in an event processor's batch: read once, written once at commit (ADR 026) ------------------

    @Test
    void a_batch_reads_the_views_of_all_its_partnerships_in_one_statement() {
        save(partnership("p-1"), partnership("p-2"), partnership("p-3"));
        StatementLog log = new StatementLog(database());
        JdbcPartnershipViewStore batched = new JdbcPartnershipViewStore(JdbcClient.create(log.dataSource()));

        ProcessorBatch.of().event("Partnership", "p-1", 1, "x").event("Partnership", "p-2", 1, "x")
                .event("Partnership", "p-3", 1, "x").event("Partnership", "p-new", 0, "x")
                .apply(log.dataSource(), event -> assertThat(batched.find(event.getAggregateIdentifier()))
                        .as(event.getAggregateIdentifier())
                        .isEqualTo(event.getAggregateIdentifier().equals("p-new") ? java.util.Optional.empty()
                                : views.find(event.getAggregateIdentifier())));

        assertThat(log.count("SELECT")).as(log.statements().toString()).isEqualTo(1);
    }

    @Test
    void a_view_changed_by_several_events_of_a_batch_is_written_once_at_commit_with_its_index() {
        save(partnership("p-1").with(partner("gavi", "Gavi", PartnerType.GPP)));
        StatementLog log = new StatementLog(database());
        JdbcClient loggedJdbc = JdbcClient.create(log.dataSource());
        JdbcPartnershipViewStore batched = new JdbcPartnershipViewStore(loggedJdbc);
        List<String> storedTitlesDuringTheBatch = new java.util.ArrayList<>();

        ProcessorBatch.of().event("Partnership", "p-1", 1, "First").event("Partnership", "p-1", 2, "Second")
                .event("Partnership", "p-2", 0, "New")
                .apply(log.dataSource(), event -> {
                    String id = event.getAggregateIdentifier();
                    ViewFixture changed = partnership(id).title((String) event.getPayload())
                            .with(partner("mtn", "MTN", PartnerType.CORPORATE));
                    assertThat(batched.find(id).map(PartnershipView::title).orElse("(none)"))
                            .isNotEqualTo(event.getPayload());
                    batched.save(changed.view(), changed.index());
                    assertThat(batched.find(id)).contains(changed.view());
                    storedTitlesDuringTheBatch.addAll(loggedJdbc.sql("SELECT title FROM partnership_view")
                            .query(String.class).list());
                });

        assertThat(storedTitlesDuringTheBatch).as("nothing is written before the commit")
                .containsOnly("Partnership p-1");
        assertThat(views.find("p-1")).hasValueSatisfying(view -> assertThat(view.title()).isEqualTo("Second"));
        assertThat(views.find("p-2")).hasValueSatisfying(view -> assertThat(view.title()).isEqualTo("New"));
        assertThat(log.count("INSERT INTO partnership_view ")).isEqualTo(1);
        assertThat(log.count("INSERT INTO partnership_view_partner")).isEqualTo(1);
        assertThat(log.count("DELETE")).isEqualTo(1);
        assertThat(titles(portfolio.page(byType(PartnerType.GPP)))).isEmpty();
        assertThat(titles(portfolio.page(byType(PartnerType.CORPORATE)))).containsExactlyInAnyOrder("Second", "New");
    }

    @Test
    void a_batch_rolled_back_writes_nothing_and_the_next_batch_reads_the_stored_views_again() {
        save(partnership("p-1").title("Stored"));
        JdbcPartnershipViewStore batched = new JdbcPartnershipViewStore(jdbc);
        ProcessorBatch batch = ProcessorBatch.of().event("Partnership", "p-1", 1, "Changed");

        batch.applyAndRollBack(database(), event -> {
            ViewFixture changed = partnership("p-1").title("Changed");
            batched.save(changed.view(), changed.index());
        });
        List<String> seenByTheRetry = new java.util.ArrayList<>();
        batch.apply(database(), event -> seenByTheRetry.add(batched.find("p-1").orElseThrow().title()));

        assertThat(seenByTheRetry).containsExactly("Stored");
        assertThat(views.find("p-1")).hasValueSatisfying(view -> assertThat(view.title()).isEqualTo("Stored"));
    }

    // ---- portfolio: filters, totals, paging, order ---------------------------------------------------------

    @Test
    void the_newest_proposals_come_first_with_their_summaries() {
        ViewFixture newer = partnership("p-2").title("Newer").proposedDaysAfterDayOne(2)
                .with(partner("gavi", "Gavi", PartnerType.GPP)).with(partner("redcross", "Red Cross", PartnerType.CSO))
                .agreed(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 8, 1));
        save(partnership("p-1").title("Older").proposedDaysAfterDayOne(0), newer);

        List<PartnershipSummary> page = portfolio.page(FindPortfolio.firstPage());

        assertThat(titles(page)).containsExactly("Newer", "Older");
        assertThat(page.get(0)).isEqualTo(newer.index().summary());
    }

    @Test
    void filters_on_status_form_and_office_combine() {
        save(partnership("p-1").title("Match").office("CO-SEN"),
                partnership("p-2").title("Other office").office("RO-WCA"),
                partnership("p-3").title("Collaborative").collaborative(),
                partnership("p-4").title("Withdrawn").withdrawn());

        FindPortfolio query = new FindPortfolio(PartnershipStatus.PROPOSED, PartnershipForm.FORMAL_PARTNERSHIP,
                null, "CO-SEN", null, 0, 20, null);

        assertThat(titles(portfolio.page(query))).containsExactly("Match");
        assertThat(portfolio.countByStatus(query)).containsExactly(Map.entry(PartnershipStatus.PROPOSED, 1L));
    }

    @Test
    void the_partner_type_filter_matches_any_of_several_partners_once() {
        save(partnership("p-1").title("Measles").with(partner("gavi", "Gavi", PartnerType.GPP))
                        .with(partner("redcross", "Red Cross", PartnerType.CSO))
                        .with(partner("tostan", "Tostan", PartnerType.CSO)),
                partnership("p-2").title("Mobile").with(partner("mtn", "MTN", PartnerType.CORPORATE)));

        assertThat(titles(portfolio.page(byType(PartnerType.CSO)))).containsExactly("Measles");
        assertThat(portfolio.countByStatus(byType(PartnerType.CSO)))
                .containsEntry(PartnershipStatus.PROPOSED, 1L);
        assertThat(titles(portfolio.page(byType(PartnerType.MEDIA)))).isEmpty();
    }

    @Test
    void text_matches_title_purpose_or_partner_name_whatever_the_case() {
        save(partnership("p-1").title("VACCINATION drive"),
                partnership("p-2").title("Schools").purpose("vaccination in schools"),
                partnership("p-3").title("Alliance").with(partner("v", "Vaccination Alliance", PartnerType.GPP)),
                partnership("p-4").title("Water"));

        assertThat(titles(portfolio.page(byText("Vaccination"))))
                .containsExactlyInAnyOrder("VACCINATION drive", "Schools", "Alliance");
    }

    @Test
    void text_with_wildcard_characters_matches_them_literally() {
        save(partnership("p-1").title("100% literacy"), partnership("p-2").title("1000 literacy"),
                partnership("p-3").title("A_B"), partnership("p-4").title("AXB"));

        assertThat(titles(portfolio.page(byText("100%")))).containsExactly("100% literacy");
        assertThat(titles(portfolio.page(byText("a_b")))).containsExactly("A_B");
    }

    @Test
    void counts_by_status_cover_the_whole_filtered_set_not_just_the_page() {
        for (int i = 0; i < 5; i++) {
            save(partnership("p-" + i).proposedDaysAfterDayOne(i));
        }
        save(partnership("w").withdrawn(), partnership("a").agreed(TODAY, TODAY.plusMonths(6)));

        FindPortfolio firstTwo = new FindPortfolio(null, null, null, null, null, 0, 2, null);

        assertThat(portfolio.page(firstTwo)).hasSize(2);
        assertThat(portfolio.countByStatus(firstTwo)).containsEntry(PartnershipStatus.PROPOSED, 5L)
                .containsEntry(PartnershipStatus.DISCONTINUED, 1L).containsEntry(PartnershipStatus.AGREED, 1L);
    }

    @Test
    void pages_follow_each_other_without_overlap() {
        for (int i = 0; i < 5; i++) {
            save(partnership("p-" + i).title("P" + i).proposedDaysAfterDayOne(i));
        }

        assertThat(titles(portfolio.page(new FindPortfolio(null, null, null, null, null, 1, 2, null))))
                .containsExactly("P2", "P1");
        assertThat(titles(portfolio.page(new FindPortfolio(null, null, null, null, null, 2, 2, null))))
                .containsExactly("P0");
    }

    @Test
    void sorting_by_title_ignores_case_in_either_direction() {
        save(partnership("p-1").title("beta"), partnership("p-2").title("Alpha"),
                partnership("p-3").title("Gamma"));

        assertThat(titles(portfolio.page(sorted("title,asc")))).containsExactly("Alpha", "beta", "Gamma");
        assertThat(titles(portfolio.page(sorted("title,desc")))).containsExactly("Gamma", "beta", "Alpha");
    }

    @Test
    void sorting_by_status_follows_the_lifecycle() {
        save(partnership("p-1").title("Withdrawn").withdrawn(),
                partnership("p-2").title("Agreed").agreed(TODAY, TODAY.plusMonths(6)),
                partnership("p-3").title("Vetted").status(PartnershipStatus.VETTED),
                partnership("p-4").title("Proposed"));

        assertThat(titles(portfolio.page(sorted("status,asc"))))
                .containsExactly("Proposed", "Vetted", "Agreed", "Withdrawn");
    }

    @Test
    void sorting_by_next_review_due_puts_partnerships_without_one_last_either_way() {
        save(partnership("p-1").title("Later").agreed(TODAY, TODAY.plusMonths(6)),
                partnership("p-2").title("None"),
                partnership("p-3").title("Sooner").agreed(TODAY, TODAY.plusMonths(1)));

        assertThat(titles(portfolio.page(sorted("nextReviewDue,asc")))).containsExactly("Sooner", "Later", "None");
        assertThat(titles(portfolio.page(sorted("nextReviewDue,desc"))))
                .containsExactly("Later", "Sooner", "None");
    }

    // ---- review calendar: date ranges and offices ----------------------------------------------------------

    @Test
    void reviews_due_between_two_days_include_both_days() {
        save(partnership("p-1").title("Before").agreed(TODAY.minusYears(1), TODAY.minusDays(1)),
                partnership("p-2").title("First").agreed(TODAY.minusYears(1), TODAY),
                partnership("p-3").title("Last").agreed(TODAY.minusYears(1), TODAY.plusDays(30)),
                partnership("p-4").title("After").agreed(TODAY.minusYears(1), TODAY.plusDays(31)));

        assertThat(calendar.reviewsDueBetween(TODAY, TODAY.plusDays(30), null))
                .extracting(ReviewDueView::title).containsExactly("First", "Last");
        assertThat(calendar.reviewsDueBefore(TODAY, null)).singleElement().isEqualTo(
                new ReviewDueView("p-1", "Before", "CO-SEN", PartnershipStatus.AGREED, TODAY.minusDays(1)));
    }

    @Test
    void the_lead_office_narrows_every_list() {
        save(partnership("p-1").office("CO-SEN").agreed(TODAY.minusYears(1), TODAY.minusDays(3)),
                partnership("p-2").office("RO-WCA").agreed(TODAY.minusYears(1), TODAY.minusDays(2)),
                partnership("p-3").office("RO-WCA").planAgreed(TODAY.minusDays(60),
                        action("a", null, TODAY.minusDays(1), false)),
                partnership("p-4").office("CO-SEN").awaitingPlan(TODAY.minusDays(40)));

        assertThat(calendar.reviewsDueBefore(TODAY, "RO-WCA")).extracting(ReviewDueView::partnershipId)
                .containsExactly("p-2");
        assertThat(calendar.reviewsDueBefore(TODAY, null)).hasSize(2);
        assertThat(calendar.openActionsDueBefore(TODAY, "CO-SEN")).isEmpty();
        assertThat(calendar.openActionsDueBefore(TODAY, "RO-WCA")).hasSize(1);
        assertThat(calendar.correctivePlansDueBefore(TODAY, "RO-WCA")).isEmpty();
        assertThat(calendar.correctivePlansDueBefore(TODAY, "CO-SEN")).hasSize(1);
    }

    @Test
    void open_actions_due_before_the_day_are_listed_with_their_partnership_and_done_ones_are_not() {
        save(partnership("p-1").title("Stalled").planAgreed(TODAY.minusDays(60),
                action("late", "Tostan", TODAY.minusDays(1), false),
                action("today", null, TODAY, false),
                action("done", null, TODAY.minusDays(5), true),
                action("oldest", null, TODAY.minusDays(9), false)));

        assertThat(calendar.openActionsDueBefore(TODAY, null)).containsExactly(
                new OverdueActionView("p-1", "Stalled", "CO-SEN", "oldest", "do oldest", null, "agency",
                        TODAY.minusDays(9)),
                new OverdueActionView("p-1", "Stalled", "CO-SEN", "late", "do late", "tostan", "Tostan",
                        TODAY.minusDays(1)));
    }

    @Test
    void actions_no_longer_open_are_removed_when_the_view_is_saved_again() {
        save(partnership("p-1").planAgreed(TODAY.minusDays(60), action("late", null, TODAY.minusDays(1), false)));

        save(partnership("p-1").planAgreed(TODAY.minusDays(60), action("late", null, TODAY.minusDays(1), false))
                .discontinued(DiscontinuationReason.NO_PROGRESS));

        assertThat(calendar.openActionsDueBefore(TODAY, null)).isEmpty();
    }

    @Test
    void a_plan_deadline_before_the_day_is_overdue_and_on_the_day_is_not() {
        save(partnership("p-1").title("Missed").awaitingPlan(TODAY.minusDays(31)),
                partnership("p-2").title("Due today").awaitingPlan(TODAY.minusDays(30)),
                partnership("p-3").title("Agreed").planAgreed(TODAY.minusDays(60)));

        assertThat(calendar.correctivePlansDueBefore(TODAY, null)).containsExactly(
                new OverduePlanView("p-1", "Missed", "CO-SEN", TODAY.minusDays(1)));
    }

    // ---- statistics: counts and the median -----------------------------------------------------------------

    @Test
    void partnerships_are_counted_by_status() {
        save(partnership("p-1"), partnership("p-2"), partnership("p-3").agreed(TODAY, TODAY.plusMonths(6)));

        assertThat(statistics.countByStatus()).containsEntry(PartnershipStatus.PROPOSED, 2L)
                .containsEntry(PartnershipStatus.AGREED, 1L).doesNotContainKey(PartnershipStatus.CONCLUDED);
    }

    @Test
    void there_is_no_median_before_any_agreement() {
        save(partnership("p-1"));

        assertThat(statistics.medianDaysFromProposalToAgreement()).isEmpty();
    }

    @Test
    void the_median_of_an_even_number_is_the_mean_of_the_middle_two() {
        LocalDate proposedOn = LocalDate.of(2026, 1, 10);
        save(partnership("p-1").agreed(proposedOn.plusDays(10), TODAY),
                partnership("p-2").agreed(proposedOn.plusDays(21), TODAY),
                partnership("p-3").agreed(proposedOn.plusDays(30), TODAY),
                partnership("p-4").agreed(proposedOn.plusDays(400), TODAY));

        assertThat(statistics.medianDaysFromProposalToAgreement()).hasValue(25.5);

        save(partnership("p-5").agreed(proposedOn.plusDays(2), TODAY));
        assertThat(statistics.medianDaysFromProposalToAgreement()).hasValue(21.0);
    }

    @Test
    void discontinuation_reasons_and_withdrawals_are_counted_apart() {
        save(partnership("p-1").agreed(TODAY, TODAY).discontinued(DiscontinuationReason.NO_PROGRESS),
                partnership("p-2").agreed(TODAY, TODAY).discontinued(DiscontinuationReason.NO_PROGRESS),
                partnership("p-3").agreed(TODAY, TODAY).discontinued(DiscontinuationReason.MUTUAL_AGREEMENT),
                partnership("p-4").withdrawn(), partnership("p-5"));

        assertThat(statistics.countByDiscontinuationReason())
                .containsEntry(DiscontinuationReason.NO_PROGRESS, 2L)
                .containsEntry(DiscontinuationReason.MUTUAL_AGREEMENT, 1L)
                .hasSize(2);
        assertThat(statistics.countWithdrawnProposals()).isEqualTo(1);
    }

    // ---- migration: V3 rebuilds the read model by replay ---------------------------------------------------

    @Test
    void the_read_model_of_version_2_is_dropped_and_its_processor_replays() {
        DataSource database = TestDatabases.migrated(emptyDatabase(), vendor(), MigrationVersion.fromVersion("2"));
        JdbcClient old = JdbcClient.create(database);
        old.sql("""
                INSERT INTO partnership_view (partnership_id, version, title, status, form, lead_office,
                                              proposed_at, last_changed_at, document)
                VALUES ('p-1', 0, 'Old', 'PROPOSED', 'FORMAL_PARTNERSHIP', 'CO-SEN', CURRENT_TIMESTAMP,
                        CURRENT_TIMESTAMP, '{}')""").update();
        old.sql("INSERT INTO token_entry (processor_name, segment) VALUES ('partnership-views', 0)").update();
        old.sql("INSERT INTO token_entry (processor_name, segment) VALUES ('partnership-views', 1)").update();
        old.sql("INSERT INTO token_entry (processor_name, segment) VALUES ('vetting-policy', 0)").update();

        TestDatabases.migrated(database, vendor());

        assertThat(old.sql("SELECT COUNT(*) FROM partnership_view").query(Long.class).single()).isZero();
        assertThat(old.sql("SELECT processor_name FROM token_entry").query(String.class).list())
                .containsExactly("vetting-policy");
    }

    private static FindPortfolio byType(PartnerType type) {
        return new FindPortfolio(null, null, type, null, null, 0, 20, null);
    }

    private static FindPortfolio byText(String text) {
        return new FindPortfolio(null, null, null, null, text, 0, 20, null);
    }

    private static FindPortfolio sorted(String sort) {
        return new FindPortfolio(null, null, null, null, null, 0, 20, PortfolioSort.parse(sort));
    }

    private static List<String> titles(List<PartnershipSummary> summaries) {
        return summaries.stream().map(PartnershipSummary::title).toList();
    }
}
