package org.partnershipledger.application.operations;

import java.util.List;
import java.util.Objects;

/**
 * The parked events of one record in one processing group.
 *
 * @param processingGroup the processing group that parked them
 * @param sequenceId      the id of the partnership or vetting the events belong to
 * @param size            how many events are parked
 * @param letters         the parked events, in the order a retry applies them; the first is the one that failed
 */
public record DeadLetterSequence(String processingGroup, String sequenceId, int size, List<DeadLetterView> letters) {

    public DeadLetterSequence {
        Objects.requireNonNull(processingGroup, "processingGroup");
        Objects.requireNonNull(sequenceId, "sequenceId");
        letters = List.copyOf(letters);
    }
}
