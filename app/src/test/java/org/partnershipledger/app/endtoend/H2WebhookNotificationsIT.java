package org.partnershipledger.app.endtoend;

/** Webhook notifications end to end on the embedded H2 database. */
class H2WebhookNotificationsIT extends WebhookNotificationsContract {
}
