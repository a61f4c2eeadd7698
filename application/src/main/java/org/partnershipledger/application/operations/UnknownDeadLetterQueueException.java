package org.partnershipledger.application.operations;

/** No processing group of that name parks events it cannot apply. */
public class UnknownDeadLetterQueueException extends RuntimeException {

    public UnknownDeadLetterQueueException(String processingGroup) {
        super("no processing group named '" + processingGroup + "' parks events in a dead-letter queue", null, false,
                false);
    }
}
