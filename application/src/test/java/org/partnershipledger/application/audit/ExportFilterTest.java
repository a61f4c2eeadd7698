package org.partnershipledger.application.audit;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.partnershipledger.application.audit.queries.PointInHistory;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportFilterTest {

    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

    private static GenericDomainEventMessage<String> event(String type, String user, Instant at, long sequence) {
        return new GenericDomainEventMessage<>(type, "id-1", sequence, "payload",
                user == null ? Map.of() : Map.of("userId", user), "e-" + sequence, at);
    }

    @Test
    void the_time_range_includes_both_ends() {
        ExportFilter noon = new ExportFilter(NOON, NOON, null, null);

        assertThat(noon.accepts(event("Partnership", "officer", NOON, 0))).isTrue();
        assertThat(noon.accepts(event("Partnership", "officer", NOON.minusMillis(1), 0))).isFalse();
        assertThat(noon.accepts(event("Partnership", "officer", NOON.plusMillis(1), 0))).isFalse();
    }

    @Test
    void the_aggregate_type_and_the_actor_must_match_when_given() {
        ExportFilter vettingsByVetter = new ExportFilter(null, null, AuditedAggregate.VETTING, "vetter");

        assertThat(vettingsByVetter.accepts(event("Vetting", "vetter", NOON, 0))).isTrue();
        assertThat(vettingsByVetter.accepts(event("Partnership", "vetter", NOON, 0))).isFalse();
        assertThat(vettingsByVetter.accepts(event("Vetting", "officer", NOON, 0))).isFalse();
        assertThat(vettingsByVetter.accepts(event("Vetting", null, NOON, 0))).isFalse();
        EventMessage<?> withoutAggregate = GenericEventMessage.asEventMessage("payload");
        assertThat(vettingsByVetter.accepts(withoutAggregate)).isFalse();
        assertThat(new ExportFilter(null, null, null, null).accepts(withoutAggregate)).isTrue();
    }

    @Test
    void a_range_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new ExportFilter(NOON, NOON.minusSeconds(1), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to must not be before from");
    }

    @Test
    void a_kind_is_named_in_any_letter_case() {
        assertThat(AuditedAggregate.named("partnership")).contains(AuditedAggregate.PARTNERSHIP);
        assertThat(AuditedAggregate.named("VETTING")).contains(AuditedAggregate.VETTING);
        assertThat(AuditedAggregate.named("Partner")).isEmpty();
    }

    @Test
    void a_point_in_history_is_an_instant_or_a_version_never_both_or_neither() {
        assertThatThrownBy(() -> new PointInHistory(NOON, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PointInHistory(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PointInHistory.version(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PointInHistory.version(1).includes(event("Vetting", null, NOON, 1))).isTrue();
        assertThat(PointInHistory.version(1).includes(event("Vetting", null, NOON, 2))).isFalse();
        assertThat(PointInHistory.at(NOON).includes(event("Vetting", null, NOON, 5))).isTrue();
        assertThat(PointInHistory.at(NOON).includes(event("Vetting", null, NOON.plusMillis(1), 0))).isFalse();
    }
}
