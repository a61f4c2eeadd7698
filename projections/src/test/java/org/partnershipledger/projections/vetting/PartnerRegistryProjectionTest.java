package org.partnershipledger.projections.vetting;

import org.partnershipledger.projections.EventHistory;
import org.junit.jupiter.api.Test;
import org.partnershipledger.application.vetting.queries.FindPartner;
import org.partnershipledger.application.vetting.queries.FindPartners;
import org.partnershipledger.application.vetting.views.PartnerPartnershipView;
import org.partnershipledger.application.vetting.views.PartnerRecord;
import org.partnershipledger.application.vetting.views.PartnerRegistryPage;
import org.partnershipledger.application.vetting.views.PartnerVettingView;
import org.partnershipledger.application.vetting.views.ReusableClearance;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.domain.partnership.RecordedFact;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.ReopeningReason;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingStatus;
import org.partnershipledger.testsupport.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.projections.vetting.PartnershipFacts.partner;

class PartnerRegistryProjectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 15);
    private static final Instant PROPOSED_AT = Instant.parse("2026-01-05T08:00:00Z");
    private static final PartnerProfile TOSTAN = partner("tostan", "Tostan", PartnerType.CSO);
    private static final PartnerProfile GAVI = partner("gavi", "Gavi", PartnerType.GPP);
    private static final PartnerProfile MTN = partner("mtn", "MTN Group", PartnerType.CORPORATE);

    private final InMemoryVettingStore store = new InMemoryVettingStore();
    private final MutableClock clock = new MutableClock(TODAY);
    private final PartnerRegistryProjection registry = new PartnerRegistryProjection(store.partnerships(), store,
            clock);
    private final VettingViewProjection vettings = new VettingViewProjection(store);

    @Test
    void a_partner_is_listed_with_every_partnership_it_takes_part_in() {
        PartnershipFacts first = partnership("p-1", 0);
        first.then(first.proposed("Community-led abandonment", TOSTAN, GAVI), first.vetted(), first.agreed());
        PartnershipFacts second = partnership("p-2", 10);
        second.then(second.proposed("Girls' education", TOSTAN));

        PartnerRecord tostan = record("tostan");
        assertThat(tostan.name()).isEqualTo("Tostan");
        assertThat(tostan.type()).isEqualTo(PartnerType.CSO);
        assertThat(tostan.country()).isEqualTo("SN");
        assertThat(tostan.registrationReference()).isEqualTo("REG-tostan");
        assertThat(tostan.partnerships()).containsExactly(
                new PartnerPartnershipView("p-1", "Community-led abandonment", PartnershipStatus.AGREED,
                        EngagementLevel.ACTIVE, "CO-SEN", PROPOSED_AT, null),
                new PartnerPartnershipView("p-2", "Girls' education", PartnershipStatus.PROPOSED,
                        EngagementLevel.ACTIVE, "CO-SEN", PROPOSED_AT.plus(Duration.ofDays(10)), null));
        assertThat(record("gavi").partnerships()).extracting(PartnerPartnershipView::partnershipId)
                .containsExactly("p-1");
    }

    @Test
    void a_partner_that_left_stays_listed_with_when_it_left_and_when_it_joined() {
        PartnershipFacts p = partnership("p-1", 0);
        p.then(p.proposed("T", TOSTAN), p.joined(GAVI), p.left("gavi"));

        assertThat(record("gavi").partnerships()).singleElement().satisfies(engagement -> {
            assertThat(engagement.joinedAt()).isEqualTo(PROPOSED_AT.plus(Duration.ofHours(1)));
            assertThat(engagement.leftAt()).isEqualTo(PROPOSED_AT.plus(Duration.ofHours(2)));
        });
    }

    @Test
    void the_partnership_status_follows_its_lifecycle() {
        PartnershipFacts p = partnership("p-1", 0);
        p.then(p.proposed("T", TOSTAN));
        assertThat(status()).isEqualTo(PartnershipStatus.PROPOSED);
        p.then(p.vetted());
        assertThat(status()).isEqualTo(PartnershipStatus.VETTED);
        p.then(p.returnedToProposed());
        assertThat(status()).isEqualTo(PartnershipStatus.PROPOSED);
        p.then(p.vetted(), p.agreed(), p.underCorrection());
        assertThat(status()).isEqualTo(PartnershipStatus.UNDER_CORRECTION);
        p.then(p.corrected());
        assertThat(status()).isEqualTo(PartnershipStatus.AGREED);
        p.then(p.concluded());
        assertThat(status()).isEqualTo(PartnershipStatus.CONCLUDED);
        p.then(p.renewed());
        assertThat(status()).isEqualTo(PartnershipStatus.VETTED);
        p.then(p.agreed(), p.discontinued());
        assertThat(status()).isEqualTo(PartnershipStatus.DISCONTINUED);
    }

    @Test
    void a_withdrawn_proposal_shows_as_discontinued() {
        PartnershipFacts p = partnership("p-1", 0);
        p.then(p.proposed("T", TOSTAN), p.withdrawn());

        assertThat(status()).isEqualTo(PartnershipStatus.DISCONTINUED);
    }

    @Test
    void a_corrected_partner_name_registration_and_title_show_in_place() {
        PartnershipFacts p = partnership("p-1", 0);
        p.then(p.proposed("Misspelt title", partner("tostan", "Tostn", PartnerType.CSO)),
                p.corrected(RecordedFact.PARTNER_NAME, "tostan", "Tostn", "Tostan"),
                p.corrected(RecordedFact.PARTNER_REGISTRATION_REFERENCE, "tostan", "REG-tostan", "SN-1991-001"),
                p.corrected(RecordedFact.TITLE, null, "Misspelt title", "Community-led abandonment"));

        PartnerRecord tostan = record("tostan");
        assertThat(tostan.name()).isEqualTo("Tostan");
        assertThat(tostan.registrationReference()).isEqualTo("SN-1991-001");
        assertThat(tostan.partnerships()).singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("Community-led abandonment"));
        assertThat(registry.handle(new FindPartners(null, "tostn", 0, 20)).items()).isEmpty();
    }

    @Test
    void the_partner_is_named_as_the_partnership_that_recorded_it_last_names_it() {
        PartnershipFacts older = partnership("p-1", 0);
        older.then(older.proposed("T1", partner("tostan", "Tostan (old name)", PartnerType.CSO)));
        PartnershipFacts newer = partnership("p-2", 5);
        newer.then(newer.proposed("T2", TOSTAN));

        assertThat(record("tostan").name()).isEqualTo("Tostan");

        older.later(Duration.ofDays(10)).then(older.corrected(RecordedFact.PARTNER_NAME, "tostan", "Tostan (old name)", "Tostan NGO"));
        assertThat(record("tostan").name()).isEqualTo("Tostan NGO");
    }

    @Test
    void a_partner_known_only_from_a_vetting_is_listed_with_the_name_it_was_vetted_under() {
        vetting(0).then(
                events("v-1", "mtn", "MTN Group", PartnerType.CORPORATE, VettingTier.ENHANCED).opened());

        PartnerRecord mtn = record("mtn");
        assertThat(mtn.name()).isEqualTo("MTN Group");
        assertThat(mtn.type()).isEqualTo(PartnerType.CORPORATE);
        assertThat(mtn.partnerships()).isEmpty();
        assertThat(mtn.vettings()).containsExactly(new PartnerVettingView("v-1", "p-1", VettingTier.ENHANCED,
                VettingStatus.OPEN, null, null));
    }

    @Test
    void every_vetting_of_the_partner_is_listed_oldest_first_with_its_decision() {
        VettingEvents rejected = events("v-1", "tostan", "Tostan", PartnerType.CSO, VettingTier.LIGHT);
        vetting(0).then(rejected.opened(), rejected.decided(VettingDecision.REJECTED, TODAY.minusMonths(6)));
        VettingEvents cleared = events("v-2", "tostan", "Tostan", PartnerType.CSO, VettingTier.STANDARD);
        vetting(30).then(cleared.clearedOn(TODAY.minusMonths(1)));

        assertThat(record("tostan").vettings()).containsExactly(
                new PartnerVettingView("v-1", "p-1", VettingTier.LIGHT, VettingStatus.REJECTED,
                        VettingDecision.REJECTED, null),
                new PartnerVettingView("v-2", "p-1", VettingTier.STANDARD, VettingStatus.CLEARED,
                        VettingDecision.CLEARED, TODAY.minusMonths(1).plusMonths(24).minusDays(1)));
    }

    @Test
    void the_current_clearance_is_the_deepest_valid_one_and_prefers_one_without_conditions() {
        clearance("v-light", VettingTier.LIGHT, VettingDecision.CLEARED, TODAY.minusDays(5), 0);
        clearance("v-enhanced-conditional", VettingTier.ENHANCED, VettingDecision.CLEARED_WITH_CONDITIONS,
                TODAY.minusMonths(3), 1);
        clearance("v-enhanced", VettingTier.ENHANCED, VettingDecision.CLEARED, TODAY.minusMonths(6), 2);
        clearance("v-standard", VettingTier.STANDARD, VettingDecision.CLEARED, TODAY.minusDays(1), 3);

        ReusableClearance current = record("tostan").currentClearance();

        assertThat(current.vettingId()).isEqualTo("v-enhanced");
        assertThat(current.partnerId()).isEqualTo("tostan");
        assertThat(current.tier()).isEqualTo(VettingTier.ENHANCED);
        assertThat(current.decision()).isEqualTo(VettingDecision.CLEARED);
        assertThat(current.validUntil()).isEqualTo(TODAY.minusMonths(6).plusMonths(24).minusDays(1));
        assertThat(current.conditions()).isEmpty();
    }

    @Test
    void a_conditional_clearance_is_current_with_its_conditions_when_it_is_the_only_one() {
        clearance("v-1", VettingTier.STANDARD, VettingDecision.CLEARED_WITH_CONDITIONS, TODAY.minusDays(3), 0);

        assertThat(record("tostan").currentClearance().conditions()).containsExactly("quarterly financial reports");
    }

    @Test
    void a_clearance_is_no_longer_current_once_it_expires_as_days_pass() {
        LocalDate decidedOn = TODAY.minusMonths(24).plusDays(1);
        clearance("v-1", VettingTier.LIGHT, VettingDecision.CLEARED, decidedOn, 0);
        assertThat(record("tostan").currentClearance()).isNotNull();

        clock.advance(Duration.ofDays(1));

        assertThat(record("tostan").currentClearance()).isNull();
    }

    @Test
    void a_reopened_or_rejected_vetting_gives_no_current_clearance() {
        VettingEvents reopened = events("v-1", "tostan", "Tostan", PartnerType.CSO, VettingTier.STANDARD);
        vetting(0).then(reopened.clearedOn(TODAY.minusDays(10)))
                .then(reopened.reopened(ReopeningReason.ADVERSE_MEDIA, VettingDecision.CLEARED));
        VettingEvents rejected = events("v-2", "tostan", "Tostan", PartnerType.CSO, VettingTier.LIGHT);
        vetting(1).then(rejected.opened(), rejected.decided(VettingDecision.REJECTED, TODAY.minusDays(2)));

        assertThat(record("tostan").currentClearance()).isNull();
        assertThat(record("tostan").vettings()).hasSize(2);
    }

    @Test
    void partners_are_listed_by_name_and_filtered_by_type_and_text_ignoring_case() {
        PartnershipFacts p = partnership("p-1", 0);
        p.then(p.proposed("T", TOSTAN, GAVI, MTN, partner("gpe", "Global Partnership for Education",
                PartnerType.GPP)));

        assertThat(names(registry.handle(FindPartners.firstPage())))
                .containsExactly("Gavi", "Global Partnership for Education", "MTN Group", "Tostan");
        assertThat(names(registry.handle(new FindPartners(PartnerType.GPP, null, 0, 20))))
                .containsExactly("Gavi", "Global Partnership for Education");
        assertThat(names(registry.handle(new FindPartners(null, "GROUP", 0, 20)))).containsExactly("MTN Group");
        assertThat(names(registry.handle(new FindPartners(PartnerType.GPP, "educ", 0, 20))))
                .containsExactly("Global Partnership for Education");
    }

    @Test
    void totals_by_type_cover_the_whole_registry_with_every_type_present_whatever_the_filters() {
        PartnershipFacts p = partnership("p-1", 0);
        p.then(p.proposed("T", TOSTAN, GAVI, partner("gpe", "GPE", PartnerType.GPP)));
        vetting(1).then(events("v-1", "mtn", "MTN Group", PartnerType.CORPORATE, VettingTier.ENHANCED).opened());

        PartnerRegistryPage page = registry.handle(new FindPartners(PartnerType.CSO, null, 0, 1));

        assertThat(page.items()).extracting(PartnerRecord::name).containsExactly("Tostan");
        assertThat(page.totalItems()).isEqualTo(1);
        assertThat(page.totalsByType()).hasSize(PartnerType.values().length)
                .containsEntry(PartnerType.CSO, 1L).containsEntry(PartnerType.GPP, 2L)
                .containsEntry(PartnerType.CORPORATE, 1L).containsEntry(PartnerType.MEDIA, 0L);
    }

    @Test
    void pages_follow_each_other() {
        PartnershipFacts p = partnership("p-1", 0);
        p.then(p.proposed("T", partner("a", "A", PartnerType.CSO), partner("b", "B", PartnerType.CSO),
                partner("c", "C", PartnerType.CSO)));

        PartnerRegistryPage second = registry.handle(new FindPartners(null, null, 1, 2));

        assertThat(names(second)).containsExactly("C");
        assertThat(second.totalItems()).isEqualTo(3);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(registry.handle(new FindPartners(null, null, 5, 2)).items()).isEmpty();
    }

    @Test
    void an_unknown_partner_is_not_found() {
        assertThat(registry.handle(new FindPartner("nobody"))).isEmpty();
    }

    @Test
    void a_redelivered_event_is_not_applied_twice() {
        PartnershipFacts p = partnership("p-1", 0);
        p.then(p.proposed("T", TOSTAN), p.joined(GAVI), p.left("gavi"));
        Instant leftAt = p.lastTimestamp();

        p.redeliver(p.joined(GAVI), 1L, PROPOSED_AT.plus(Duration.ofHours(1)));
        p.redeliver(p.proposed("Redelivered", TOSTAN), 0L, PROPOSED_AT);

        assertThat(record("gavi").partnerships()).singleElement()
                .satisfies(e -> assertThat(e.leftAt()).isEqualTo(leftAt));
        assertThat(record("tostan").partnerships()).singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("T"));
    }

    @Test
    void a_replay_after_a_reset_rebuilds_the_registry_from_the_first_event() {
        PartnershipFacts p = partnership("p-1", 0);
        p.then(p.proposed("Before", TOSTAN), p.withdrawn());
        registry.reset();
        assertThat(registry.handle(new FindPartner("tostan"))).isEmpty();

        p.redeliver(p.proposed("Rebuilt", TOSTAN), 0L, PROPOSED_AT);

        assertThat(record("tostan").partnerships()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Rebuilt");
            assertThat(e.status()).isEqualTo(PartnershipStatus.PROPOSED);
        });
    }

    @Test
    void an_event_of_a_partnership_never_proposed_is_ignored() {
        PartnershipFacts p = partnership("p-1", 0);
        p.then(p.joined(GAVI));

        assertThat(registry.handle(new FindPartner("gavi"))).isEmpty();
    }

    private PartnershipFacts partnership(String id, int daysAfterFirst) {
        return new PartnershipFacts(registry, id, PROPOSED_AT.plus(Duration.ofDays(daysAfterFirst)));
    }

    private EventHistory vetting(int daysAfterFirst) {
        return new EventHistory(vettings, PROPOSED_AT.plus(Duration.ofDays(daysAfterFirst)));
    }

    private static VettingEvents events(String vettingId, String partnerId, String name, PartnerType type,
                                        VettingTier tier) {
        return new VettingEvents(vettingId, partnerId, name, type, "p-1", tier);
    }

    private void clearance(String vettingId, VettingTier tier, VettingDecision decision, LocalDate decidedOn,
                           int daysAfterFirst) {
        VettingEvents events = events(vettingId, "tostan", "Tostan", PartnerType.CSO, tier);
        vetting(daysAfterFirst).then(events.opened(), events.decided(decision, decidedOn));
    }

    private PartnerRecord record(String partnerId) {
        return registry.handle(new FindPartner(partnerId)).orElseThrow();
    }

    private PartnershipStatus status() {
        return record("tostan").partnerships().get(0).status();
    }

    private static List<String> names(PartnerRegistryPage page) {
        return page.items().stream().map(PartnerRecord::name).toList();
    }
}
