package org.partnershipledger.projections.partnership;

import org.partnershipledger.projections.EventHistory;
import org.junit.jupiter.api.Test;
import org.partnershipledger.application.partnership.queries.FindPortfolio;
import org.partnershipledger.application.partnership.queries.PortfolioSort;
import org.partnershipledger.application.partnership.views.PartnershipSummary;
import org.partnershipledger.application.partnership.views.PortfolioPage;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.projections.partnership.PartnershipEvents.TOSTAN;
import static org.partnershipledger.projections.partnership.PartnershipEvents.partner;

class PortfolioProjectionTest {

    private static final Instant DAY_ONE = Instant.parse("2026-01-10T09:00:00Z");
    private static final PartnerProfile GAVI = partner("gavi", "Gavi Alliance", PartnerType.GPP);
    private static final PartnerProfile RED_CROSS = partner("redcross", "American Red Cross", PartnerType.CSO);
    private static final PartnerProfile MTN = partner("mtn", "MTN Group", PartnerType.CORPORATE);

    private final InMemoryPartnershipStore store = new InMemoryPartnershipStore();
    private final PartnershipViewProjection views = new PartnershipViewProjection(store);
    private final PortfolioProjection portfolio = new PortfolioProjection(store);
    private final Map<String, EventHistory> histories = new HashMap<>();

    @Test
    void the_newest_proposals_come_first_by_default() {
        propose("p-old", "Older", 0);
        propose("p-new", "Newer", 2);
        propose("p-mid", "Middle", 1);

        assertThat(titles(portfolio.handle(FindPortfolio.firstPage()))).containsExactly("Newer", "Middle", "Older");
    }

    @Test
    void a_summary_shows_partners_types_transfer_agreement_and_next_review() {
        LocalDate signedOn = LocalDate.of(2026, 2, 1);
        PartnershipEvents measles = new PartnershipEvents("p-1");
        new EventHistory(views, DAY_ONE).then(measles.proposed("Measles Initiative", GAVI, RED_CROSS, TOSTAN),
                measles.agreed(signedOn, 6));

        PartnershipSummary summary = portfolio.handle(FindPortfolio.firstPage()).items().get(0);
        assertThat(summary.partnershipId()).isEqualTo("p-1");
        assertThat(summary.status()).isEqualTo(PartnershipStatus.AGREED);
        assertThat(summary.form()).isEqualTo(PartnershipForm.FORMAL_PARTNERSHIP);
        assertThat(summary.leadOffice()).isEqualTo("CO-SEN");
        assertThat(summary.partnerNames()).containsExactly("Gavi Alliance", "American Red Cross", "Tostan");
        assertThat(summary.partnerTypes()).containsExactly(PartnerType.CSO, PartnerType.GPP);
        assertThat(summary.agencyTransfer()).isEqualTo(PartnershipEvents.TRANSFER);
        assertThat(summary.proposedAt()).isEqualTo(DAY_ONE);
        assertThat(summary.agreedOn()).isEqualTo(signedOn);
        assertThat(summary.nextReviewDue()).isEqualTo(signedOn.plusMonths(6));
    }

    @Test
    void filters_combine_so_only_partnerships_passing_all_are_listed() {
        propose("p-1", "Dakar schools", 0, "CO-SEN");
        propose("p-2", "Dakar clinics", 1, "RO-WCA");
        withdraw(propose("p-3", "Dakar water", 2, "CO-SEN"));

        PortfolioPage page = portfolio.handle(query(PartnershipStatus.PROPOSED, null, "CO-SEN", "dakar"));

        assertThat(titles(page)).containsExactly("Dakar schools");
    }

    @Test
    void the_partner_type_filter_finds_a_partnership_by_any_of_its_partners() {
        propose("p-1", "Measles Initiative", 0, "HQ", GAVI, RED_CROSS, TOSTAN);
        propose("p-2", "Mobile money", 1, "HQ", MTN);

        assertThat(titles(portfolio.handle(query(null, PartnerType.CSO, null, null))))
                .containsExactly("Measles Initiative");
        assertThat(titles(portfolio.handle(query(null, PartnerType.CORPORATE, null, null))))
                .containsExactly("Mobile money");
        assertThat(portfolio.handle(query(null, PartnerType.MEDIA, null, null)).items()).isEmpty();
    }

    @Test
    void text_matches_title_purpose_or_partner_name_whatever_the_case() {
        PartnershipEvents byPurpose = new PartnershipEvents("p-2");
        new EventHistory(views, DAY_ONE).then(byPurpose.proposed("Schools", "Vaccination in SCHOOLS", "HQ"));
        propose("p-1", "VACCINATION drive", 1);
        propose("p-3", "Unrelated", 2, "HQ", partner("vacc", "Vaccination Alliance", PartnerType.GPP));
        propose("p-4", "Water", 3);

        assertThat(titles(portfolio.handle(query(null, null, null, "vaccination"))))
                .containsExactlyInAnyOrder("Schools", "VACCINATION drive", "Unrelated");
    }

    @Test
    void totals_count_the_filtered_set_by_status_with_every_status_present() {
        propose("p-1", "One", 0, "CO-SEN");
        withdraw(propose("p-2", "Two", 1, "CO-SEN"));
        propose("p-3", "Three", 2, "RO-WCA");

        PortfolioPage page = portfolio.handle(query(null, null, "CO-SEN", null));

        assertThat(page.totalItems()).isEqualTo(2);
        assertThat(page.totals()).containsOnlyKeys(PartnershipStatus.values())
                .containsEntry(PartnershipStatus.PROPOSED, 1L)
                .containsEntry(PartnershipStatus.DISCONTINUED, 1L)
                .containsEntry(PartnershipStatus.AGREED, 0L);
    }

    @Test
    void pages_split_the_filtered_set_and_say_how_many_there_are() {
        for (int i = 0; i < 5; i++) {
            propose("p-" + i, "Partnership " + i, i);
        }

        PortfolioPage second = portfolio.handle(new FindPortfolio(null, null, null, null, null, 1, 2, null));

        assertThat(titles(second)).containsExactly("Partnership 2", "Partnership 1");
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.totalItems()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
    }

    @Test
    void a_page_beyond_the_end_is_empty_but_keeps_the_totals() {
        propose("p-1", "Only", 0);

        PortfolioPage page = portfolio.handle(new FindPortfolio(null, null, null, null, null, 3, 10, null));

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isEqualTo(1);
        assertThat(page.totalPages()).isEqualTo(1);
    }

    @Test
    void an_empty_portfolio_has_no_pages() {
        PortfolioPage page = portfolio.handle(FindPortfolio.firstPage());

        assertThat(page.totalItems()).isZero();
        assertThat(page.totalPages()).isZero();
        assertThat(page.totals()).containsEntry(PartnershipStatus.PROPOSED, 0L);
    }

    @Test
    void sorting_by_title_ignores_case() {
        propose("p-1", "beta", 0);
        propose("p-2", "Alpha", 1);
        propose("p-3", "Gamma", 2);

        assertThat(titles(portfolio.handle(sorted("title,asc")))).containsExactly("Alpha", "beta", "Gamma");
        assertThat(titles(portfolio.handle(sorted("title,desc")))).containsExactly("Gamma", "beta", "Alpha");
    }

    @Test
    void sorting_by_status_follows_the_lifecycle() {
        withdraw(propose("p-1", "Withdrawn", 0));
        agree(propose("p-2", "Agreed", 1), LocalDate.of(2026, 3, 1));
        propose("p-3", "Proposed", 2);

        assertThat(titles(portfolio.handle(sorted("status")))).containsExactly("Proposed", "Agreed", "Withdrawn");
    }

    @Test
    void sorting_by_next_review_due_puts_partnerships_without_one_last_either_way() {
        agree(propose("p-1", "Later", 0), LocalDate.of(2026, 6, 1));
        propose("p-2", "None", 1);
        agree(propose("p-3", "Sooner", 2), LocalDate.of(2026, 3, 1));

        assertThat(titles(portfolio.handle(sorted("nextReviewDue,asc")))).containsExactly("Sooner", "Later", "None");
        assertThat(titles(portfolio.handle(sorted("nextReviewDue,desc")))).containsExactly("Later", "Sooner", "None");
    }

    private PartnershipEvents propose(String id, String title, int daysAfterDayOne) {
        return propose(id, title, daysAfterDayOne, "CO-SEN");
    }

    private PartnershipEvents propose(String id, String title, int daysAfterDayOne, String office,
                                      PartnerProfile... partners) {
        PartnershipEvents events = new PartnershipEvents(id);
        histories.put(id, new EventHistory(views, DAY_ONE.plus(daysAfterDayOne, ChronoUnit.DAYS))
                .then(events.proposed(title, "purpose of " + title, office, partners)));
        return events;
    }

    private void withdraw(PartnershipEvents events) {
        history(events).then(events.withdrawn("changed plans", LocalDate.of(2026, 2, 1)));
    }

    private void agree(PartnershipEvents events, LocalDate signedOn) {
        history(events).then(events.agreed(signedOn, 6));
    }

    private EventHistory history(PartnershipEvents events) {
        return histories.get(events.partnershipId());
    }

    private static FindPortfolio query(PartnershipStatus status, PartnerType type, String office, String text) {
        return new FindPortfolio(status, null, type, office, text, 0, FindPortfolio.DEFAULT_SIZE, null);
    }

    private static FindPortfolio sorted(String sort) {
        return new FindPortfolio(null, null, null, null, null, 0, FindPortfolio.DEFAULT_SIZE,
                PortfolioSort.parse(sort));
    }

    private static List<String> titles(PortfolioPage page) {
        return page.items().stream().map(PartnershipSummary::title).toList();
    }
}
