package org.partnershipledger.application.notification;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.events.ProposalWithdrawn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventNotificationPolicyTest {

    private static final Instant AT = Instant.parse("2026-11-22T09:30:00Z");
    private static final ProposalWithdrawn WITHDRAWN = new ProposalWithdrawn(new PartnershipId("p-1"),
            "No longer needed", LocalDate.of(2026, 11, 22));

    private final List<Notification> first = new ArrayList<>();
    private final List<Notification> second = new ArrayList<>();
    private final AnnotationEventHandlerAdapter policy = new AnnotationEventHandlerAdapter(
            new EventNotificationPolicy(List.of(first::add, second::add)));

    @Test
    void a_live_event_reaches_every_port_under_its_public_name_with_its_record_and_position() throws Exception {
        policy.handle(tracked(new GlobalSequenceTrackingToken(7), WITHDRAWN));

        Notification expected = new Notification("event-1", "ProposalWithdrawn", "Partnership", "p-1", 4, AT,
                WITHDRAWN);
        assertThat(first).containsExactly(expected);
        assertThat(second).containsExactly(expected);
    }

    @Test
    void a_replayed_event_reaches_no_port_and_the_policy_refuses_a_reset() throws Exception {
        TrackingToken replaying = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(10),
                new GlobalSequenceTrackingToken(7));

        policy.handle(tracked(replaying, WITHDRAWN));

        assertThat(first).isEmpty();
        assertThat(second).isEmpty();
        assertThat(policy.supportsReset()).isFalse();
    }

    @Test
    void an_event_outside_the_catalogue_or_of_no_aggregate_is_not_published() throws Exception {
        policy.handle(tracked(new GlobalSequenceTrackingToken(8), "not an event of the domain"));
        policy.handle(GenericEventMessage.asEventMessage(WITHDRAWN));

        assertThat(first).isEmpty();
    }

    @Test
    void a_failing_port_fails_the_event_so_that_the_processor_retries_it() {
        AnnotationEventHandlerAdapter failing = new AnnotationEventHandlerAdapter(new EventNotificationPolicy(List.of(
                notification -> {
                    throw new IllegalStateException("database away");
                })));

        assertThatThrownBy(() -> failing.handle(tracked(new GlobalSequenceTrackingToken(9), WITHDRAWN)))
                .hasMessageContaining("database away");
    }

    @Test
    void the_policy_has_a_processing_group_of_its_own() {
        assertThat(EventNotificationPolicy.class.getAnnotation(ProcessingGroup.class).value())
                .isEqualTo("event-notifications");
    }

    private static GenericTrackedDomainEventMessage<Object> tracked(TrackingToken token, Object payload) {
        return new GenericTrackedDomainEventMessage<>(token, new GenericDomainEventMessage<>("Partnership", "p-1", 4,
                payload, MetaData.emptyInstance(), "event-1", AT));
    }
}
