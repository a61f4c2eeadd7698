/**
 * Administrators' endpoints for webhook notifications (ADR 020, 021): subscribers under
 * {@code /api/admin/webhook-subscriptions}, deliveries under {@code /api/admin/webhook-deliveries}. They speak to the
 * application's ports only; the webhook adapter answers them, and this module never imports it.
 */
package org.partnershipledger.adapters.rest.webhooks;
