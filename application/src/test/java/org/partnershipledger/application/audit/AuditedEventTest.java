package org.partnershipledger.application.audit;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.partnershipledger.application.audit.views.AuditedEvent;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.events.ProposalWithdrawn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditedEventTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
    private static final ProposalWithdrawn WITHDRAWN =
            new ProposalWithdrawn(new PartnershipId("p-1"), "no longer needed", LocalDate.of(2026, 3, 1));

    @Test
    void an_event_is_described_with_its_record_actor_links_reason_and_payload() {
        AuditedEvent described = AuditedEvent.of(new GenericDomainEventMessage<>("Partnership", "p-1", 4, WITHDRAWN,
                Map.of("userId", "officer", "office", "CO-SEN", "roles", "PARTNERSHIP_OFFICER,AUDITOR",
                        "traceId", "command-0", "correlationId", "command-4", "causationId", "command-4",
                        "requestId", "req-1"), "event-9", AT));

        assertThat(described.eventId()).isEqualTo("event-9");
        assertThat(described.aggregateType()).isEqualTo("Partnership");
        assertThat(described.aggregateId()).isEqualTo("p-1");
        assertThat(described.sequenceNumber()).isEqualTo(4L);
        assertThat(described.type()).isEqualTo("ProposalWithdrawn");
        assertThat(described.timestamp()).isEqualTo(AT);
        assertThat(described.actor().userId()).isEqualTo("officer");
        assertThat(described.actor().office()).isEqualTo("CO-SEN");
        assertThat(described.actor().roles()).containsExactly("AUDITOR", "PARTNERSHIP_OFFICER");
        assertThat(described.correlationId()).as("the root of the chain, Axon's traceId").isEqualTo("command-0");
        assertThat(described.causationId()).isEqualTo("command-4");
        assertThat(described.requestId()).isEqualTo("req-1");
        assertThat(described.reason()).isEqualTo("no longer needed");
        assertThat(described.payload()).isSameAs(WITHDRAWN);
    }

    @Test
    void an_event_recorded_before_causation_ids_names_its_cause_by_axons_correlation_id() {
        AuditedEvent described = AuditedEvent.of(new GenericDomainEventMessage<>("Partnership", "p-1", 0, WITHDRAWN,
                Map.of("traceId", "command-0", "correlationId", "command-1"), "event-1", AT));

        assertThat(described.causationId()).isEqualTo("command-1");
        assertThat(described.correlationId()).isEqualTo("command-0");
    }

    @Test
    void an_event_without_metadata_or_aggregate_leaves_those_fields_empty() {
        AuditedEvent described = AuditedEvent.of(GenericEventMessage.asEventMessage(WITHDRAWN));

        assertThat(described.aggregateType()).isNull();
        assertThat(described.sequenceNumber()).isNull();
        assertThat(described.actor().userId()).isNull();
        assertThat(described.actor().roles()).isEmpty();
        assertThat(described.correlationId()).isNull();
        assertThat(described.causationId()).isNull();
    }
}
