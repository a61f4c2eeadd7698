package org.partnershipledger.projections.vetting;

import org.partnershipledger.projections.EventHistory;
import org.junit.jupiter.api.Test;
import org.partnershipledger.application.vetting.queries.FindVetting;
import org.partnershipledger.application.vetting.views.CriterionView;
import org.partnershipledger.application.vetting.views.RelianceView;
import org.partnershipledger.application.vetting.views.RequiredAuthority;
import org.partnershipledger.application.vetting.views.ScreeningView;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.AssessmentResult;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.ReopeningReason;
import org.partnershipledger.domain.vetting.RiskBand;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingStatus;
import org.partnershipledger.domain.vetting.events.CriterionAssessed;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.projections.vetting.VettingEvents.match;

class VettingViewProjectionTest {

    private static final Instant OPENED_AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 3, 10);

    private final InMemoryVettingStore store = new InMemoryVettingStore();
    private final VettingViewProjection projection = new VettingViewProjection(store);
    private final VettingEvents events = new VettingEvents("v-1", "mtn", "MTN Group", PartnerType.CORPORATE, "p-1",
            VettingTier.ENHANCED);
    private final EventHistory history = new EventHistory(projection, OPENED_AT);

    @Test
    void an_opened_vetting_shows_its_partner_tier_authority_and_every_required_criterion_unassessed() {
        history.then(events.opened());

        VettingView view = view();
        assertThat(view.status()).isEqualTo(VettingStatus.OPEN);
        assertThat(view.version()).isZero();
        assertThat(view.partner().partnerId()).isEqualTo("mtn");
        assertThat(view.partner().name()).isEqualTo("MTN Group");
        assertThat(view.partner().type()).isEqualTo(PartnerType.CORPORATE);
        assertThat(view.partner().country()).isEqualTo("SN");
        assertThat(view.partnershipId()).isEqualTo("p-1");
        assertThat(view.tier()).isEqualTo(VettingTier.ENHANCED);
        assertThat(view.requiredAuthority()).isEqualTo(RequiredAuthority.HQ_DUE_DILIGENCE_COMMITTEE);
        assertThat(view.openedBy()).isEqualTo("vetter");
        assertThat(view.openedAt()).isEqualTo(OPENED_AT);
        assertThat(view.criteria()).extracting(CriterionView::criterion)
                .containsExactlyElementsOf(Criterion.requiredFor(VettingTier.ENHANCED));
        assertThat(view.criteria()).allSatisfy(c -> assertThat(c.assessment()).isNull());
        assertThat(view.criteria()).filteredOn(CriterionView::exclusionary).extracting(CriterionView::criterion)
                .containsExactly(Criterion.SANCTIONS, Criterion.HUMAN_RIGHTS);
        assertThat(view.reliedOnBy()).containsExactly(new RelianceView("p-1", false, VettingTier.ENHANCED, null));
        assertThat(view.decision()).isNull();
        assertThat(view.risk()).isNull();
    }

    @Test
    void each_criterion_shows_its_latest_assessment_with_evidence_assessor_and_time() {
        history.then(events.opened(), events.assessed(Criterion.GOVERNANCE, AssessmentResult.NOT_MET),
                events.assessed(Criterion.GOVERNANCE, AssessmentResult.MITIGATED));

        assertThat(criterion(Criterion.GOVERNANCE).assessment()).satisfies(a -> {
            assertThat(a.result()).isEqualTo(AssessmentResult.MITIGATED);
            assertThat(a.condition()).isEqualTo("quarterly reports");
            assertThat(a.evidence()).isEqualTo("evidence of GOVERNANCE");
            assertThat(a.assessedBy()).isEqualTo("vetter");
            assertThat(a.assessedAt()).isEqualTo(history.lastTimestamp());
        });
        assertThat(criterion(Criterion.CAPACITY).assessment()).isNull();
    }

    @Test
    void a_screening_shows_its_matches_and_which_were_dismissed_with_why_and_by_whom() {
        history.then(events.opened(), events.screened(match("QDe.001"), match("QDe.002")),
                events.dismissed("QDe.002"));

        ScreeningView screening = view().screenings().get(0);
        assertThat(screening.listName()).isEqualTo(VettingEvents.LIST);
        assertThat(screening.listVersion()).isEqualTo(VettingEvents.EDITION);
        assertThat(screening.threshold()).isEqualTo(0.85);
        assertThat(screening.screenedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(screening.standing()).isTrue();
        assertThat(screening.undismissedMatches()).isEqualTo(1);
        assertThat(screening.matches()).satisfiesExactly(
                first -> {
                    assertThat(first.dismissed()).isFalse();
                    assertThat(first.justification()).isNull();
                },
                second -> {
                    assertThat(second.dismissed()).isTrue();
                    assertThat(second.justification()).isEqualTo("different country and registration");
                    assertThat(second.dismissedBy()).isEqualTo("vetter");
                    assertThat(second.dismissedAt()).isEqualTo(history.lastTimestamp());
                });
    }

    @Test
    void a_new_screening_supersedes_the_earlier_one_which_stays_on_record() {
        history.then(events.opened(), events.screened(match("QDe.001")), events.screened());

        assertThat(view().screenings()).extracting(ScreeningView::standing).containsExactly(false, true);
        assertThat(view().screenings().get(0).matches()).hasSize(1);
    }

    @Test
    void the_risk_shows_each_dimension_the_highest_score_its_band_and_who_rated_it() {
        history.then(events.opened(), events.rated(3, 4));

        assertThat(view().risk()).satisfies(risk -> {
            assertThat(risk.reputational().likelihood()).isEqualTo(3);
            assertThat(risk.reputational().impact()).isEqualTo(4);
            assertThat(risk.reputational().score()).isEqualTo(12);
            assertThat(risk.fiduciary().score()).isEqualTo(1);
            assertThat(risk.highestScore()).isEqualTo(12);
            assertThat(risk.band()).isEqualTo(RiskBand.HIGH);
            assertThat(risk.ratedBy()).isEqualTo("vetter");
            assertThat(risk.standing()).isTrue();
        });
    }

    @Test
    void a_decision_shows_reasons_conditions_validity_and_approver() {
        history.then(events.opened(), events.decided(VettingDecision.CLEARED_WITH_CONDITIONS, DECIDED_ON));

        VettingView view = view();
        assertThat(view.status()).isEqualTo(VettingStatus.CLEARED_WITH_CONDITIONS);
        assertThat(view.decision()).satisfies(decision -> {
            assertThat(decision.decision()).isEqualTo(VettingDecision.CLEARED_WITH_CONDITIONS);
            assertThat(decision.reasons()).containsExactly("all criteria met");
            assertThat(decision.conditions()).containsExactly("quarterly financial reports");
            assertThat(decision.decidedOn()).isEqualTo(DECIDED_ON);
            assertThat(decision.validUntil()).isEqualTo(LocalDate.of(2028, 3, 9));
            assertThat(decision.approvedBy()).isEqualTo("committee");
        });
    }

    @Test
    void a_reuse_adds_the_relying_partnership_with_its_day_and_needed_tier() {
        var decided = events.cleared(DECIDED_ON);
        history.then(events.opened(), decided,
                events.reused("p-2", VettingTier.STANDARD, DECIDED_ON.plusDays(5), decided));

        assertThat(view().reliedOnBy()).containsExactly(
                new RelianceView("p-1", false, VettingTier.ENHANCED, null),
                new RelianceView("p-2", true, VettingTier.STANDARD, DECIDED_ON.plusDays(5)));
    }

    @Test
    void a_reopening_on_a_sanctions_listing_sets_aside_decision_screening_risk_and_the_sanctions_assessment() {
        history.then(events.opened(), events.assessed(Criterion.SANCTIONS, AssessmentResult.MET),
                events.assessed(Criterion.CORE_VALUES, AssessmentResult.MET), events.screened(),
                events.rated(1, 2), events.cleared(DECIDED_ON),
                events.reopened(ReopeningReason.SANCTIONS_LISTING, VettingDecision.CLEARED));

        VettingView view = view();
        assertThat(view.status()).isEqualTo(VettingStatus.REOPENED);
        assertThat(view.decision()).isNull();
        assertThat(view.earlierDecisions()).singleElement()
                .satisfies(d -> assertThat(d.decision()).isEqualTo(VettingDecision.CLEARED));
        assertThat(view.screenings()).singleElement().satisfies(s -> assertThat(s.standing()).isFalse());
        assertThat(view.risk().standing()).isFalse();
        assertThat(criterion(Criterion.SANCTIONS).toReassess()).isTrue();
        assertThat(criterion(Criterion.SANCTIONS).assessment().result()).isEqualTo(AssessmentResult.MET);
        assertThat(criterion(Criterion.CORE_VALUES).toReassess()).isFalse();
        assertThat(view.reopenings()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(ReopeningReason.SANCTIONS_LISTING);
            assertThat(r.information()).isEqualTo("news of SANCTIONS_LISTING");
            assertThat(r.reopenedBy()).isEqualTo("vetter");
            assertThat(r.previousDecision()).isEqualTo(VettingDecision.CLEARED);
            assertThat(r.newScreeningRequired()).isTrue();
            assertThat(r.criteriaToReassess()).containsExactly(Criterion.SANCTIONS);
        });
    }

    @Test
    void a_reassessment_after_reopening_stands_again() {
        history.then(events.opened(), events.assessed(Criterion.REPUTATION, AssessmentResult.MET),
                events.cleared(DECIDED_ON), events.reopened(ReopeningReason.ADVERSE_MEDIA, VettingDecision.CLEARED),
                events.assessed(Criterion.REPUTATION, AssessmentResult.MITIGATED));

        assertThat(criterion(Criterion.REPUTATION).toReassess()).isFalse();
        assertThat(criterion(Criterion.REPUTATION).standsAssessed()).isTrue();
        assertThat(criterion(Criterion.REPUTATION).assessment().result()).isEqualTo(AssessmentResult.MITIGATED);
    }

    @Test
    void a_second_decision_after_reopening_stands_and_the_first_is_kept_as_earlier() {
        history.then(events.opened(), events.cleared(DECIDED_ON),
                events.reopened(ReopeningReason.OTHER, VettingDecision.CLEARED),
                events.decided(VettingDecision.REJECTED, DECIDED_ON.plusMonths(1)));

        assertThat(view().status()).isEqualTo(VettingStatus.REJECTED);
        assertThat(view().decision().decision()).isEqualTo(VettingDecision.REJECTED);
        assertThat(view().decision().validUntil()).isNull();
        assertThat(view().earlierDecisions()).extracting(d -> d.decision()).containsExactly(VettingDecision.CLEARED);
    }

    @Test
    void a_redelivered_event_is_not_applied_twice() {
        CriterionAssessed assessed = events.assessed(Criterion.SANCTIONS, AssessmentResult.MET);
        history.then(events.opened(), events.screened(match("QDe.001")), assessed);
        long sequence = history.lastSequence();
        int savesBefore = store.saves();

        history.redeliver(assessed, sequence, history.lastTimestamp());
        history.redeliver(events.screened(), sequence - 1, history.lastTimestamp());

        assertThat(view().screenings()).hasSize(1);
        assertThat(view().version()).isEqualTo(sequence);
        assertThat(store.saves()).isEqualTo(savesBefore);
    }

    @Test
    void a_redelivered_opening_does_not_overwrite_the_view() {
        history.then(events.opened(), events.rated(2, 2));

        history.redeliver(events.opened(), 0L, OPENED_AT.plus(Duration.ofDays(1)));

        assertThat(view().risk()).isNotNull();
        assertThat(view().version()).isEqualTo(1);
    }

    @Test
    void a_replay_after_a_reset_rebuilds_the_view_from_the_first_event() {
        history.then(events.opened(), events.cleared(DECIDED_ON));
        projection.reset();
        assertThat(projection.handle(new FindVetting("v-1"))).isEmpty();

        history.redeliver(events.opened(), 0L, OPENED_AT);

        assertThat(view().status()).isEqualTo(VettingStatus.OPEN);
    }

    @Test
    void an_event_of_a_vetting_never_opened_is_ignored_and_an_unknown_vetting_is_not_found() {
        history.then(events.rated(1, 1));

        assertThat(projection.handle(new FindVetting("v-1"))).isEmpty();
        assertThat(projection.handle(new FindVetting("nope"))).isEmpty();
    }

    @Test
    void version_and_last_changed_at_follow_the_last_event_applied() {
        history.then(events.opened(), events.screened(), events.rated(1, 1));

        assertThat(view().version()).isEqualTo(2);
        assertThat(view().lastChangedAt()).isEqualTo(OPENED_AT.plus(Duration.ofHours(2)));
        assertThat(view().openedAt()).isEqualTo(OPENED_AT);
    }

    @Test
    void the_index_counts_standing_assessments_the_standing_risk_band_and_undismissed_matches() {
        history.then(events.opened(), events.assessed(Criterion.SANCTIONS, AssessmentResult.NOT_MET),
                events.assessed(Criterion.HUMAN_RIGHTS, AssessmentResult.MET),
                events.screened(match("QDe.001"), match("QDe.002")), events.dismissed("QDe.001"),
                events.rated(4, 4));

        VettingIndex index = VettingIndex.of(view());
        assertThat(index.criteriaAssessed()).isEqualTo(2);
        assertThat(index.criteriaRequired()).isEqualTo(8);
        assertThat(index.riskBand()).isEqualTo(RiskBand.HIGH);
        assertThat(index.screened()).isTrue();
        assertThat(index.undismissedMatches()).isEqualTo(1);
        assertThat(index.decision()).isNull();

        history.then(events.cleared(DECIDED_ON), events.reopened(ReopeningReason.SANCTIONS_LISTING,
                VettingDecision.CLEARED));
        VettingIndex reopened = VettingIndex.of(view());
        assertThat(reopened.criteriaAssessed()).isEqualTo(1);
        assertThat(reopened.riskBand()).isNull();
        assertThat(reopened.screened()).isFalse();
        assertThat(reopened.undismissedMatches()).isZero();
        assertThat(reopened.decision()).isNull();
        assertThat(reopened.validUntil()).isNull();
    }

    private VettingView view() {
        return projection.handle(new FindVetting("v-1")).orElseThrow();
    }

    private CriterionView criterion(Criterion criterion) {
        return view().criteria().stream().filter(c -> c.criterion() == criterion).findFirst().orElseThrow();
    }
}
