package org.partnershipledger.application.notification;

import java.util.List;
import java.util.Optional;

/** Administration of webhook subscribers (ADR 020): the HTTP adapter asks, the webhook adapter answers. */
public interface WebhookSubscriptions {

    /** Registers the subscriber; events recorded from now on that it asked for are delivered to it. */
    WebhookSubscription subscribe(NewWebhookSubscription subscription);

    /** The registered subscribers, oldest first, one page of them. */
    List<WebhookSubscription> list(int page, int size);

    Optional<WebhookSubscription> find(String id);

    /**
     * Removes the subscriber: it hears of no further event, and its deliveries not yet made are cancelled.
     *
     * @return whether there was such a subscriber
     */
    boolean remove(String id);
}
