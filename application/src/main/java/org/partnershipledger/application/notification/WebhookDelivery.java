package org.partnershipledger.application.notification;

import java.time.Instant;

/**
 * One event on its way to one subscriber.
 *
 * @param attempts      how many times it was sent
 * @param nextAttemptAt when it is sent next, while {@link DeliveryStatus#PENDING}
 * @param lastError     what went wrong with the last attempt, e.g. {@code HTTP 500} or a timeout
 */
public record WebhookDelivery(String id,
                              String subscriptionId,
                              String eventId,
                              String eventType,
                              String aggregateId,
                              DeliveryStatus status,
                              int attempts,
                              Instant createdAt,
                              Instant nextAttemptAt,
                              Instant lastAttemptAt,
                              String lastError,
                              Instant deliveredAt) {
}
