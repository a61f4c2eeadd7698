package org.partnershipledger.adapters.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.partnershipledger.application.notification.DeliveryStatus;
import org.partnershipledger.application.notification.EventNotifications;
import org.partnershipledger.application.notification.Notification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The webhook adapter's side of the {@link EventNotifications} port: a transactional outbox (ADR 020). For each
 * subscriber that asked for the event's type it writes one pending delivery, with the JSON body rendered once, through
 * a {@link JdbcClient} that joins the event processor's transaction: the deliveries commit together with the
 * processor's token, or neither does. Nothing here touches the network; {@link WebhookDeliveryWorker} does.
 *
 * <p>The delivery id is derived from the subscriber and the event, so that hearing an event again (a batch retried
 * after a failure, or at-least-once delivery from Axon Server) finds the delivery already there and adds none.
 */
public class WebhookOutbox implements EventNotifications {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final Object subscribersKey = new Object();

    /** @param json renders the event's payload: {@link #bodyMapper()}, or one that renders the same */
    public WebhookOutbox(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The mapper that renders bodies as they were always rendered: Jackson 2 with the modules and settings Spring Boot
     * 3.5 gave the mapper the bodies were rendered with until the move to Spring Boot 4 (Java time and
     * {@code Optional}, dates and durations as ISO-8601 strings). A body is stored, signed and sent as it was rendered,
     * so a subscriber sees one format whichever version wrote the delivery.
     */
    public static ObjectMapper bodyMapper() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .build();
    }

    @Override
    public void publish(Notification notification) {
        List<String> subscribers = subscribersByEventType().getOrDefault(notification.eventType(), List.of());
        Instant now = clock.instant();
        for (String subscriber : subscribers) {
            String deliveryId = deliveryId(subscriber, notification.eventId());
            boolean recorded = jdbc.sql("SELECT COUNT(*) FROM webhook_delivery WHERE delivery_id = ?")
                    .param(deliveryId).query(Long.class).single() > 0;
            if (recorded) {
                continue;
            }
            jdbc.sql("""
                            INSERT INTO webhook_delivery (delivery_id, subscription_id, event_id, event_type,
                                                          aggregate_id, body, status, attempts, version, created_at,
                                                          next_attempt_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)""")
                    .params(deliveryId, subscriber, notification.eventId(), notification.eventType(),
                            notification.aggregateId(), body(deliveryId, notification),
                            DeliveryStatus.PENDING.name(), Timestamps.column(now), Timestamps.column(now))
                    .update();
        }
    }

    /**
     * Who asked for which event type, read once per transaction: a processor's batch of events asks once, not once
     * per event (ADR 026), and each batch still sees the subscriptions as they are when it starts.
     */
    private Map<String, List<String>> subscribersByEventType() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return readSubscribersByEventType();
        }
        @SuppressWarnings("unchecked")
        Map<String, List<String>> read = (Map<String, List<String>>) TransactionSynchronizationManager
                .getResource(subscribersKey);
        if (read == null) {
            read = readSubscribersByEventType();
            TransactionSynchronizationManager.bindResource(subscribersKey, read);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(subscribersKey);
                }
            });
        }
        return read;
    }

    private Map<String, List<String>> readSubscribersByEventType() {
        Map<String, List<String>> subscribers = new HashMap<>();
        jdbc.sql("""
                        SELECT e.event_type, s.subscription_id FROM webhook_subscription s
                          JOIN webhook_subscription_event e ON e.subscription_id = s.subscription_id
                         WHERE s.removed_at IS NULL ORDER BY s.subscription_id""")
                .query(rs -> {
                    subscribers.computeIfAbsent(rs.getString(1), type -> new ArrayList<>()).add(rs.getString(2));
                });
        return subscribers;
    }

    /** The same subscriber and event always give the same id, and no two pairs share one. */
    static String deliveryId(String subscriptionId, String eventId) {
        String name = "webhook-delivery:" + subscriptionId.length() + ":" + subscriptionId + ":" + eventId;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String body(String deliveryId, Notification notification) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveryId", deliveryId);
        body.put("eventId", notification.eventId());
        body.put("eventType", notification.eventType());
        body.put("aggregateType", notification.aggregateType());
        body.put("aggregateId", notification.aggregateId());
        body.put("sequenceNumber", notification.sequenceNumber());
        body.put("occurredAt", notification.occurredAt().toString());
        body.put("payload", notification.payload());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            // Rolls the processor's batch back: a body that cannot be rendered is a fault to fix, not to skip.
            throw new IllegalStateException("event " + notification.eventId() + " (" + notification.eventType()
                    + ") cannot be rendered as JSON", e);
        }
    }
}
