package org.partnershipledger.app.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The event log over Axon's own embedded event store, with a quiet period far longer than any answer may take. */
class AxonEventLogTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Duration QUIET = Duration.ofSeconds(10);

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final AxonEventLog log = new AxonEventLog(store, QUIET);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    private void publish(String aggregate, long sequence, Instant at) {
        store.publish(new GenericDomainEventMessage<>("Partnership", aggregate, sequence, "event " + sequence,
                Map.of(), aggregate + "-" + sequence, at));
    }

    private static List<String> ids(Stream<? extends Message<?>> events) {
        try (events) {
            return events.map(Message::getIdentifier).toList();
        }
    }

    @Test
    void the_log_ends_at_the_head_as_it_was_when_opened_without_waiting_for_more() {
        publish("p-1", 0, T0);
        publish("p-2", 0, T0.plusSeconds(60));
        publish("p-1", 1, T0.plusSeconds(120));
        long started = System.nanoTime();

        List<String> all = ids(log.events(null));

        assertThat(all).containsExactly("p-1-0", "p-2-0", "p-1-1");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUIET.dividedBy(2));
    }

    @Test
    void the_log_from_an_instant_starts_at_the_first_event_recorded_then_or_later() {
        publish("p-1", 0, T0);
        publish("p-2", 0, T0.plusSeconds(60));
        publish("p-1", 1, T0.plusSeconds(120));

        assertThat(ids(log.events(T0.plusSeconds(60)))).containsExactly("p-2-0", "p-1-1");
        assertThat(ids(log.events(T0.plusSeconds(61)))).containsExactly("p-1-1");
        long started = System.nanoTime();
        assertThat(ids(log.events(T0.plusSeconds(121)))).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUIET.dividedBy(2));
    }

    @Test
    void an_empty_store_has_an_empty_log() {
        assertThat(ids(log.events(null))).isEmpty();
        assertThat(ids(log.eventsOf("p-1"))).isEmpty();
    }

    @Test
    void a_records_events_are_read_from_the_first_even_when_a_snapshot_exists() {
        publish("p-1", 0, T0);
        publish("p-2", 0, T0);
        publish("p-1", 1, T0.plusSeconds(60));
        store.storeSnapshot(new GenericDomainEventMessage<>("Partnership", "p-1", 1, "snapshot"));

        List<DomainEventMessage<?>> events;
        try (Stream<DomainEventMessage<?>> stream = log.eventsOf("p-1")) {
            events = stream.toList();
        }

        assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(events.stream().map(event -> (Object) event.getPayload()).toList())
                .containsExactly("event 0", "event 1");
    }

    @Test
    void the_causation_id_of_a_new_message_is_the_identifier_of_the_message_being_handled() {
        var handled = GenericEventMessage.asEventMessage("caused it");

        assertThat(new CausationIdProvider().correlationDataFor(handled))
                .isEqualTo(Map.of("causationId", handled.getIdentifier()));
    }
}
