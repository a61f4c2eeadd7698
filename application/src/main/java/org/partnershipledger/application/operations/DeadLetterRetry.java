package org.partnershipledger.application.operations;

import java.util.Objects;

/**
 * What a retry of a sequence achieved.
 *
 * @param processingGroup the processing group retried
 * @param sequenceId      the sequence retried
 * @param resolved        whether every parked event of the sequence was applied (and evicted)
 * @param remaining       what is still parked, with the new cause, when not resolved; {@code null} when resolved
 */
public record DeadLetterRetry(String processingGroup, String sequenceId, boolean resolved,
                              DeadLetterSequence remaining) {

    public DeadLetterRetry {
        Objects.requireNonNull(processingGroup, "processingGroup");
        Objects.requireNonNull(sequenceId, "sequenceId");
    }
}
