package org.partnershipledger.application.notification;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A subscriber to register: where to POST, the secret to sign with, and which events (by public name). Built only by
 * {@link #of}, which refuses anything a delivery could not be made to or a receiver could not verify.
 *
 * @param url         an absolute {@code http} or {@code https} URL with a host, no credentials and no fragment
 * @param secret      the key of the HMAC signature the receiver checks; never shown again once registered
 * @param eventTypes  public names from {@link NotifiableEvents}, at least one
 * @param description what the subscriber is for, for the administrators who read the list; may be empty
 * @param requestedBy the administrator who registered it
 */
public record NewWebhookSubscription(URI url, String secret, Set<String> eventTypes, String description,
                                     String requestedBy) {

    public static final int MAX_URL_LENGTH = 2000;
    public static final int MIN_SECRET_LENGTH = 16;
    public static final int MAX_SECRET_LENGTH = 256;

    public NewWebhookSubscription {
        eventTypes = Set.copyOf(eventTypes);
        description = description == null ? "" : description.strip();
    }

    /** @throws InvalidWebhookSubscriptionException naming the field that cannot be accepted */
    public static NewWebhookSubscription of(String url, String secret, List<String> eventTypes, String description,
                                            String requestedBy) {
        return new NewWebhookSubscription(url(url), secret(secret), eventTypes(eventTypes), description, requestedBy);
    }

    private static URI url(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidWebhookSubscriptionException("url", "url is required");
        }
        if (text.length() > MAX_URL_LENGTH) {
            throw new InvalidWebhookSubscriptionException("url", "url must be at most " + MAX_URL_LENGTH
                    + " characters");
        }
        URI url;
        try {
            url = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new InvalidWebhookSubscriptionException("url", "url is not a valid URL: '" + text + "'");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new InvalidWebhookSubscriptionException("url", "url must be an absolute http or https URL, was '"
                    + text + "'");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new InvalidWebhookSubscriptionException("url", "url must name a host, was '" + text + "'");
        }
        // Credentials in the URL would be shown to every administrator who lists the subscriptions.
        if (url.getRawUserInfo() != null) {
            throw new InvalidWebhookSubscriptionException("url", "url must not carry credentials: the receiver "
                    + "verifies the signature made with the secret instead");
        }
        if (url.getRawFragment() != null) {
            throw new InvalidWebhookSubscriptionException("url", "url must not have a fragment");
        }
        return url;
    }

    private static String secret(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH || secret.length() > MAX_SECRET_LENGTH
                || secret.isBlank()) {
            throw new InvalidWebhookSubscriptionException("secret", "secret must be " + MIN_SECRET_LENGTH + " to "
                    + MAX_SECRET_LENGTH + " characters, so that signatures cannot be guessed");
        }
        return secret;
    }

    private static Set<String> eventTypes(List<String> eventTypes) {
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw new InvalidWebhookSubscriptionException("eventTypes", "eventTypes must name at least one event, "
                    + "one of " + NotifiableEvents.names());
        }
        List<String> unknown = new ArrayList<>();
        Set<String> known = NotifiableEvents.names();
        for (String type : eventTypes) {
            if (type == null || !known.contains(type)) {
                unknown.add(String.valueOf(type));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidWebhookSubscriptionException("eventTypes", "unknown event types " + unknown
                    + "; known are " + known);
        }
        return new TreeSet<>(eventTypes);
    }
}
