package org.partnershipledger.application.notification;

import java.time.Instant;
import java.util.List;

/**
 * A registered subscriber as administrators see it. The secret is deliberately absent: once registered it is only
 * ever used to sign, never shown.
 *
 * @param id          the subscriber's id
 * @param url         where each event is POSTed, http or https
 * @param eventTypes  the public names of the events it receives, e.g. PartnershipProposed
 * @param description what the subscriber is for, or null
 * @param createdBy   the user id of the administrator who registered it
 * @param createdAt   when it was registered (ISO 8601 instant)
 */
public record WebhookSubscription(String id,
                                  String url,
                                  List<String> eventTypes,
                                  String description,
                                  String createdBy,
                                  Instant createdAt) {

    public WebhookSubscription {
        eventTypes = List.copyOf(eventTypes);
    }
}
