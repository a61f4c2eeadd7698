/**
 * Webhooks, the second outbound adapter (ADR 020, 021; {@code docs/adapters.md} walks through it): administrators
 * register subscribers ({@link org.partnershipledger.adapters.webhooks.JdbcWebhookSubscriptions}); every published
 * event becomes one pending delivery per matching subscriber, written in the event processor's transaction
 * ({@link org.partnershipledger.adapters.webhooks.WebhookOutbox}); and
 * {@link org.partnershipledger.adapters.webhooks.WebhookDeliveryWorker} POSTs them, signed
 * ({@link org.partnershipledger.adapters.webhooks.WebhookSignature}), retrying with back-off
 * ({@link org.partnershipledger.adapters.webhooks.RetrySchedule}) and parking what never arrives. Plain Java, the
 * JDK's HTTP client, Spring JDBC and Jackson; no Spring beans: {@code app} wires it.
 */
package org.partnershipledger.adapters.webhooks;
