package org.partnershipledger.adapters.rest.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The body of {@code POST /api/admin/webhook-subscriptions}.
 *
 * @param url         where each event is POSTed: an absolute {@code http} or {@code https} URL
 * @param secret      the HMAC-SHA256 key the receiver verifies {@code Ledger-Signature} with; 16 to 256 characters,
 *                    never answered back
 * @param eventTypes  the public names of the events to receive, e.g. {@code PartnershipProposed}
 * @param description what the subscriber is for, optional
 */
public record SubscribeWebhookRequest(@NotBlank @Size(max = 2000) String url,
                                      @NotBlank @Size(min = 16, max = 256) String secret,
                                      @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 100) String> eventTypes,
                                      @Size(max = 500) String description) {
}
