package org.partnershipledger.application.notification;

/** A subscription that cannot be registered as asked, naming the field that is wrong. */
public class InvalidWebhookSubscriptionException extends IllegalArgumentException {

    private final String field;

    public InvalidWebhookSubscriptionException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
