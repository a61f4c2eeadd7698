package org.partnershipledger.application.notification;

import java.time.Instant;

/**
 * One event on its way to one subscriber.
 *
 * @param id             the delivery's id
 * @param subscriptionId the subscriber it goes to
 * @param eventId        the identifier of the event delivered, as the audit trail names it
 * @param eventType      the event's public name, e.g. PartnershipProposed
 * @param aggregateId    the partnership or vetting the event belongs to
 * @param status         PENDING (waiting for its first or next attempt), DELIVERED (the receiver answered 2xx), PARKED
 *                       (every attempt failed; retry it by hand) or CANCELLED (its subscriber was removed)
 * @param attempts       how many times it was sent
 * @param createdAt      when the event was queued for the subscriber (ISO 8601 instant)
 * @param nextAttemptAt  when it is sent next, while {@link DeliveryStatus#PENDING}
 * @param lastAttemptAt  when it was last sent (ISO 8601 instant), or null before the first attempt
 * @param lastError      what went wrong with the last attempt, e.g. {@code HTTP 500} or a timeout
 * @param deliveredAt    when the receiver accepted it (ISO 8601 instant), or null until it has
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
