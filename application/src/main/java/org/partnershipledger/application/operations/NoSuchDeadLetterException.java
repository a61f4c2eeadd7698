package org.partnershipledger.application.operations;

/** Nothing of that sequence (or no such letter of it) is parked, perhaps because it was retried or evicted since. */
public class NoSuchDeadLetterException extends RuntimeException {

    public NoSuchDeadLetterException(String processingGroup, String sequenceId) {
        super("'" + processingGroup + "' has no parked events of sequence '" + sequenceId + "'", null, false, false);
    }

    public NoSuchDeadLetterException(String processingGroup, String sequenceId, String letterId) {
        super("'" + processingGroup + "' has no parked letter '" + letterId + "' in sequence '" + sequenceId + "'",
                null, false, false);
    }
}
