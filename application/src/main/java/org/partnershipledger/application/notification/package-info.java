/**
 * Telling the world outside what happened, without the domain knowing who listens or how (ADR 020):
 * {@link org.partnershipledger.application.notification.EventNotificationPolicy} hands every event of the public
 * catalogue ({@link org.partnershipledger.application.notification.NotifiableEvents}) to each
 * {@link org.partnershipledger.application.notification.EventNotifications} port, and the webhook adapter's
 * administration is reached through {@link org.partnershipledger.application.notification.WebhookSubscriptions} and
 * {@link org.partnershipledger.application.notification.WebhookDeliveries}. No HTTP here: the adapters supply it.
 */
package org.partnershipledger.application.notification;
