package org.partnershipledger.application.notification;

import java.util.List;
import java.util.Optional;

/** What became of the deliveries (ADR 021): administrators look for parked ones and send them again. */
public interface WebhookDeliveries {

    /**
     * Deliveries, newest first, one page of them.
     *
     * @param status         only deliveries in this state, or all when {@code null}
     * @param subscriptionId only deliveries to this subscriber, or all when {@code null}
     */
    List<WebhookDelivery> list(DeliveryStatus status, String subscriptionId, int page, int size);

    Optional<WebhookDelivery> find(String id);

    /**
     * Sends a parked delivery again, from its first attempt, at once.
     *
     * @return the delivery, pending again; empty when there is no such delivery
     * @throws DeliveryNotParkedException when the delivery is not parked
     */
    Optional<WebhookDelivery> retry(String id);
}
