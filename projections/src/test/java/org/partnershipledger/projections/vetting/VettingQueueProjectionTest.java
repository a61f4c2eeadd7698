package org.partnershipledger.projections.vetting;

import org.partnershipledger.projections.EventHistory;
import org.junit.jupiter.api.Test;
import org.partnershipledger.application.vetting.queries.FindVettingQueue;
import org.partnershipledger.application.vetting.views.RequiredAuthority;
import org.partnershipledger.application.vetting.views.VettingQueueItem;
import org.partnershipledger.application.vetting.views.VettingQueuePage;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.AssessmentResult;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.ReopeningReason;
import org.partnershipledger.domain.vetting.RiskBand;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingStatus;
import org.partnershipledger.testsupport.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.projections.vetting.VettingEvents.match;

class VettingQueueProjectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 15);
    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 9, 1);

    private final InMemoryVettingStore store = new InMemoryVettingStore();
    private final VettingViewProjection views = new VettingViewProjection(store);
    private final MutableClock clock = new MutableClock(TODAY);
    private final VettingQueueProjection queue = new VettingQueueProjection(store, clock);

    @Test
    void open_and_reopened_vettings_are_queued_and_decided_ones_are_not() {
        open("v-open", VettingTier.LIGHT, 3);
        history(5).then(events("v-cleared", VettingTier.LIGHT).clearedOn(DECIDED_ON));
        VettingEvents reopened = events("v-reopened", VettingTier.LIGHT);
        history(4).then(reopened.clearedOn(DECIDED_ON))
                .then(reopened.reopened(ReopeningReason.ADVERSE_MEDIA, VettingDecision.CLEARED));
        VettingEvents rejected = events("v-rejected", VettingTier.LIGHT);
        history(6).then(rejected.opened(),
                rejected.decided(VettingDecision.REJECTED, DECIDED_ON));

        assertThat(ids(queue.handle(FindVettingQueue.firstPage()))).containsExactly("v-reopened", "v-open");
        assertThat(queue.handle(FindVettingQueue.firstPage()).items()).extracting(VettingQueueItem::status)
                .containsExactly(VettingStatus.REOPENED, VettingStatus.OPEN);
    }

    @Test
    void decided_vettings_are_listed_too_when_asked_for() {
        open("v-open", VettingTier.LIGHT, 3);
        history(5).then(events("v-cleared", VettingTier.LIGHT).clearedOn(DECIDED_ON));

        assertThat(ids(queue.handle(new FindVettingQueue(null, null, null, null, true, 0, 20))))
                .containsExactly("v-cleared", "v-open");
    }

    @Test
    void the_oldest_vetting_comes_first() {
        open("v-new", VettingTier.LIGHT, 1);
        open("v-old", VettingTier.LIGHT, 30);
        open("v-middle", VettingTier.LIGHT, 10);

        assertThat(ids(queue.handle(FindVettingQueue.firstPage()))).containsExactly("v-old", "v-middle", "v-new");
    }

    @Test
    void age_is_counted_in_days_from_the_day_it_opened_to_today_and_grows_as_days_pass() {
        open("v-1", VettingTier.LIGHT, 12);
        open("v-today", VettingTier.LIGHT, 0);

        assertThat(queue.handle(FindVettingQueue.firstPage()).items()).extracting(VettingQueueItem::ageDays)
                .containsExactly(12L, 0L);

        clock.advance(Duration.ofDays(3));
        assertThat(queue.handle(FindVettingQueue.firstPage()).items()).extracting(VettingQueueItem::ageDays)
                .containsExactly(15L, 3L);
    }

    @Test
    void the_queue_filters_by_tier_and_by_required_authority() {
        open("v-light", VettingTier.LIGHT, 3);
        open("v-standard", VettingTier.STANDARD, 2);
        open("v-enhanced", VettingTier.ENHANCED, 1);

        assertThat(ids(queue.handle(query(VettingTier.STANDARD, null, null, null)))).containsExactly("v-standard");
        assertThat(ids(queue.handle(query(null, RequiredAuthority.HQ_DUE_DILIGENCE_COMMITTEE, null, null))))
                .containsExactly("v-enhanced");
        assertThat(ids(queue.handle(query(VettingTier.LIGHT, RequiredAuthority.HQ_DUE_DILIGENCE_COMMITTEE, null,
                null)))).isEmpty();
    }

    @Test
    void the_partnership_filter_finds_the_vetting_opened_for_it_and_a_reopened_clearance_it_reused() {
        VettingEvents reusedThenReopened = new VettingEvents("v-reused", "gavi", "Gavi", PartnerType.GPP, "p-9",
                VettingTier.STANDARD);
        var cleared = reusedThenReopened.cleared(DECIDED_ON);
        new EventHistory(views, openedDaysAgo(20)).then(reusedThenReopened.opened(), cleared,
                reusedThenReopened.reused("p-1", VettingTier.LIGHT, DECIDED_ON.plusDays(1), cleared),
                reusedThenReopened.reopened(ReopeningReason.OTHER, VettingDecision.CLEARED));
        open("v-own", VettingTier.LIGHT, 2);
        new EventHistory(views, openedDaysAgo(1)).then(new VettingEvents("v-other", "who", "WHO",
                PartnerType.UN_ENTITY, "p-2", VettingTier.LIGHT).opened());

        assertThat(ids(queue.handle(query(null, null, "p-1", null)))).containsExactly("v-reused", "v-own");
        assertThat(ids(queue.handle(query(null, null, null, "gavi")))).containsExactly("v-reused");
    }

    @Test
    void counts_by_tier_cover_the_whole_filtered_set_with_every_tier_present() {
        for (int i = 0; i < 3; i++) {
            open("v-light-" + i, VettingTier.LIGHT, 10 + i);
        }
        open("v-enhanced", VettingTier.ENHANCED, 1);

        VettingQueuePage page = queue.handle(new FindVettingQueue(null, null, null, null, false, 0, 2));

        assertThat(page.items()).hasSize(2);
        assertThat(page.totalItems()).isEqualTo(4);
        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(page.countsByTier()).containsEntry(VettingTier.LIGHT, 3L).containsEntry(VettingTier.ENHANCED, 1L)
                .containsEntry(VettingTier.STANDARD, 0L);
    }

    @Test
    void pages_follow_each_other_and_a_page_past_the_end_is_empty() {
        for (int i = 0; i < 5; i++) {
            open("v-" + i, VettingTier.LIGHT, 10 - i);
        }

        assertThat(ids(queue.handle(new FindVettingQueue(null, null, null, null, false, 1, 2))))
                .containsExactly("v-2", "v-3");
        VettingQueuePage beyond = queue.handle(new FindVettingQueue(null, null, null, null, false, 3, 2));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(5);
        assertThat(beyond.page()).isEqualTo(3);
    }

    @Test
    void an_item_shows_the_partner_progress_risk_and_screening_of_its_vetting() {
        VettingEvents events = new VettingEvents("v-1", "mtn", "MTN Group", PartnerType.CORPORATE, "p-1",
                VettingTier.ENHANCED);
        new EventHistory(views, openedDaysAgo(7)).then(events.opened(),
                events.assessed(Criterion.SANCTIONS, AssessmentResult.NOT_MET),
                events.assessed(Criterion.CORE_VALUES, AssessmentResult.MET),
                events.screened(match("QDe.001"), match("QDe.002")), events.rated(2, 3));

        assertThat(queue.handle(FindVettingQueue.firstPage()).items()).singleElement().isEqualTo(
                new VettingQueueItem("v-1", "mtn", "MTN Group", PartnerType.CORPORATE, "p-1", VettingTier.ENHANCED,
                        RequiredAuthority.HQ_DUE_DILIGENCE_COMMITTEE, VettingStatus.OPEN, openedDaysAgo(7), 7, 2, 8,
                        RiskBand.MEDIUM, true, 2));
    }

    @Test
    void an_empty_queue_has_no_pages_and_zero_counts() {
        VettingQueuePage page = queue.handle(FindVettingQueue.firstPage());

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isZero();
        assertThat(page.totalPages()).isZero();
        assertThat(page.countsByTier()).containsOnlyKeys(VettingTier.values()).allSatisfy((tier, n) ->
                assertThat(n).isZero());
    }

    private void open(String vettingId, VettingTier tier, int daysAgo) {
        history(daysAgo).then(events(vettingId, tier).opened());
    }

    private EventHistory history(int daysAgo) {
        return new EventHistory(views, openedDaysAgo(daysAgo));
    }

    private static VettingEvents events(String vettingId, VettingTier tier) {
        return VettingEvents.tostan(vettingId, tier);
    }

    private static Instant openedDaysAgo(int days) {
        return TODAY.minusDays(days).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    private static FindVettingQueue query(VettingTier tier, RequiredAuthority authority, String partnershipId,
                                          String partnerId) {
        return new FindVettingQueue(tier, authority, partnershipId, partnerId, false, 0, 20);
    }

    private static List<String> ids(VettingQueuePage page) {
        return page.items().stream().map(VettingQueueItem::vettingId).toList();
    }
}
