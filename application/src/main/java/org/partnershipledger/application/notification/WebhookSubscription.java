package org.partnershipledger.application.notification;

import java.time.Instant;
import java.util.List;

/**
 * A registered subscriber as administrators see it. The secret is deliberately absent: once registered it is only
 * ever used to sign, never shown.
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
