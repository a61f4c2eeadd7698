package org.partnershipledger.application.operations;

/** No event processor has the name asked for. */
public class UnknownProjectionException extends RuntimeException {

    public UnknownProjectionException(String name) {
        super("no projection or event processor is named '" + name + "'", null, false, false);
    }
}
