package org.partnershipledger.projections.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.partnershipledger.application.audit.AuditedAggregate;
import org.partnershipledger.application.audit.EventLog;
import org.partnershipledger.application.audit.queries.FindEventHistory;
import org.partnershipledger.application.audit.queries.FindPartnershipAsOf;
import org.partnershipledger.application.audit.queries.FindVettingAsOf;
import org.partnershipledger.application.audit.queries.PointInHistory;
import org.partnershipledger.application.audit.views.AuditedEvent;
import org.partnershipledger.application.audit.views.EventHistoryPage;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.RecordedFact;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.partnership.events.RecordedFactCorrected;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.AssessmentResult;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.VettingId;
import org.partnershipledger.domain.vetting.events.CriterionAssessed;
import org.partnershipledger.domain.vetting.events.VettingOpened;
import org.partnershipledger.projections.partnership.InMemoryPartnershipViewStore;
import org.partnershipledger.projections.partnership.PartnershipViewProjection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailProjectionTest {

    private static final Instant PROPOSED_AT = Instant.parse("2026-03-01T09:00:00Z");
    private static final String P = "p-1";
    private static final String V = "v-1";

    private final RecordingLog log = new RecordingLog();
    private final AuditTrailProjection audit = new AuditTrailProjection(log);

    @Test
    void a_partnership_as_of_a_version_before_a_correction_shows_the_old_title_and_the_current_one_the_new() {
        proposeAndRetitle();

        PartnershipView before = audit.handle(new FindPartnershipAsOf(P, PointInHistory.version(0))).orElseThrow();
        PartnershipView now = audit.handle(new FindPartnershipAsOf(P, PointInHistory.version(2))).orElseThrow();

        assertThat(before.title()).isEqualTo("Water for schools");
        assertThat(before.version()).isZero();
        assertThat(before.recordCorrections()).isEmpty();
        assertThat(now.title()).isEqualTo("Safe water for rural schools");
        assertThat(now.version()).isEqualTo(2);
        assertThat(log.closed).as("every stream read is closed").isEqualTo(log.opened);
    }

    @Test
    void a_partnership_as_of_an_instant_includes_the_events_recorded_until_then_and_no_later_one() {
        proposeAndRetitle();

        PartnershipView atFirstCorrection = audit.handle(new FindPartnershipAsOf(P,
                PointInHistory.at(PROPOSED_AT.plus(Duration.ofHours(1))))).orElseThrow();
        PartnershipView justBefore = audit.handle(new FindPartnershipAsOf(P,
                PointInHistory.at(PROPOSED_AT.plus(Duration.ofHours(1)).minusMillis(1)))).orElseThrow();

        assertThat(atFirstCorrection.version()).isEqualTo(1);
        assertThat(atFirstCorrection.title()).isEqualTo("Water for rural schools");
        assertThat(justBefore.version()).isZero();
    }

    @Test
    void the_latest_state_rebuilt_is_exactly_what_the_live_projection_keeps() {
        proposeAndRetitle();
        InMemoryPartnershipViewStore live = new InMemoryPartnershipViewStore();
        var handlers = new org.axonframework.eventhandling.AnnotationEventHandlerAdapter(
                new PartnershipViewProjection(live));
        for (DomainEventMessage<?> event : log.events.get(P)) {
            try {
                handlers.handle(event);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        assertThat(audit.handle(new FindPartnershipAsOf(P, PointInHistory.at(Instant.parse("2030-01-01T00:00:00Z")))))
                .isEqualTo(live.find(P));
    }

    @Test
    void nothing_is_answered_before_the_record_existed_beyond_its_last_version_or_for_another_kind_of_record() {
        proposeAndRetitle();
        openAndAssessVetting();

        assertThat(audit.handle(new FindPartnershipAsOf(P, PointInHistory.at(PROPOSED_AT.minusSeconds(1)))))
                .isEmpty();
        assertThat(audit.handle(new FindPartnershipAsOf(P, PointInHistory.version(3)))).isEmpty();
        assertThat(audit.handle(new FindPartnershipAsOf("unknown", PointInHistory.version(0)))).isEmpty();
        assertThat(audit.handle(new FindPartnershipAsOf(V, PointInHistory.version(0)))).as("a vetting").isEmpty();
        assertThat(audit.handle(new FindVettingAsOf(P, PointInHistory.version(0)))).as("a partnership").isEmpty();
        assertThat(audit.handle(new FindEventHistory(AuditedAggregate.VETTING, P, 0, 20))).isEmpty();
        assertThat(audit.handle(new FindEventHistory(AuditedAggregate.PARTNERSHIP, "unknown", 0, 20))).isEmpty();
    }

    @Test
    void a_vetting_as_of_its_opening_has_no_assessment_and_its_current_state_has_one() {
        openAndAssessVetting();

        VettingView opened = audit.handle(new FindVettingAsOf(V, PointInHistory.version(0))).orElseThrow();
        VettingView assessed = audit.handle(new FindVettingAsOf(V, PointInHistory.version(1))).orElseThrow();

        assertThat(opened.criteria()).allSatisfy(criterion -> assertThat(criterion.assessment()).isNull());
        assertThat(assessed.criteria()).filteredOn(criterion -> criterion.criterion() == Criterion.SANCTIONS)
                .singleElement().satisfies(criterion -> assertThat(criterion.assessment()).isNotNull());
    }

    @Test
    void history_pages_count_every_event_and_describe_those_of_the_page() {
        proposeAndRetitle();

        EventHistoryPage first = audit.handle(new FindEventHistory(AuditedAggregate.PARTNERSHIP, P, 0, 2))
                .orElseThrow();
        EventHistoryPage second = audit.handle(new FindEventHistory(AuditedAggregate.PARTNERSHIP, P, 1, 2))
                .orElseThrow();
        EventHistoryPage beyond = audit.handle(new FindEventHistory(AuditedAggregate.PARTNERSHIP, P, 5, 2))
                .orElseThrow();

        assertThat(first.totalEvents()).isEqualTo(3);
        assertThat(first.events()).extracting(AuditedEvent::type)
                .containsExactly("PartnershipProposed", "RecordedFactCorrected");
        assertThat(first.events().get(1).reason()).isEqualTo("a typo, \"Water\" misspelt");
        assertThat(first.events().get(0).actor().userId()).isEqualTo("officer");
        assertThat(first.events().get(0).actor().roles()).containsExactly("PARTNERSHIP_OFFICER");
        assertThat(second.events()).extracting(AuditedEvent::sequenceNumber).containsExactly(2L);
        assertThat(second.totalEvents()).isEqualTo(3);
        assertThat(beyond.events()).isEmpty();
        assertThat(beyond.totalEvents()).isEqualTo(3);
    }

    // ---- events -------------------------------------------------------------------------------------------------

    private void proposeAndRetitle() {
        PartnershipId id = new PartnershipId(P);
        log.append("Partnership", P, new PartnershipProposed(id, "Water for schools", "purpose",
                PartnershipForm.FORMAL_PARTNERSHIP, AgencyRole.PARTNER, Scope.NATIONAL, Money.of("250000", "USD"),
                List.of(new PartnerProfile(new PartnerId("tostan"), "Tostan", PartnerType.CSO, "SN", "REG-1",
                        EngagementLevel.ACTIVE)), new OfficeCode("CO-SEN"), new UserId("officer")), PROPOSED_AT);
        log.append("Partnership", P, new RecordedFactCorrected(id, RecordedFact.TITLE, null, "Water for schools",
                "Water for rural schools", "a typo, \"Water\" misspelt"), PROPOSED_AT.plus(Duration.ofHours(1)));
        log.append("Partnership", P, new RecordedFactCorrected(id, RecordedFact.TITLE, null,
                "Water for rural schools", "Safe water for rural schools", "the agreed title"),
                PROPOSED_AT.plus(Duration.ofHours(2)));
    }

    private void openAndAssessVetting() {
        VettingId id = new VettingId(V);
        log.append("Vetting", V, new VettingOpened(id, new PartnerId("tostan"), "Tostan", PartnerType.CSO, "SN",
                new PartnershipId(P), VettingTier.STANDARD, Criterion.requiredFor(VettingTier.STANDARD),
                new UserId("officer"), new UserId("vetter")), PROPOSED_AT);
        log.append("Vetting", V, new CriterionAssessed(id, Criterion.SANCTIONS, AssessmentResult.MET, null,
                "no match on the list", new UserId("vetter"), null), PROPOSED_AT.plus(Duration.ofHours(1)));
    }

    /** An event log over lists, counting the streams it opens and those closed. */
    private static final class RecordingLog implements EventLog {

        final Map<String, List<DomainEventMessage<?>>> events = new HashMap<>();
        int opened;
        int closed;

        void append(String type, String id, Object payload, Instant at) {
            List<DomainEventMessage<?>> stream = events.computeIfAbsent(id, key -> new ArrayList<>());
            stream.add(new GenericDomainEventMessage<>(type, id, stream.size(), payload,
                    Map.of("userId", "officer", "office", "CO-SEN", "roles", "PARTNERSHIP_OFFICER"),
                    UUID.randomUUID().toString(), at));
        }

        @Override
        public Stream<DomainEventMessage<?>> eventsOf(String aggregateId) {
            opened++;
            return Optional.ofNullable(events.get(aggregateId)).stream().flatMap(List::stream)
                    .onClose(() -> closed++);
        }

        @Override
        public Stream<TrackedEventMessage<?>> events(Instant from) {
            throw new UnsupportedOperationException();
        }
    }
}
