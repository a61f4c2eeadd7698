package org.partnershipledger.application.operations;

import java.util.Objects;

/**
 * How much one processing group has parked.
 *
 * @param processingGroup the processing group, which names the projection
 * @param sequences       how many records have events parked
 * @param letters         how many events are parked in all
 */
public record DeadLetterQueueSummary(String processingGroup, long sequences, long letters) {

    public DeadLetterQueueSummary {
        Objects.requireNonNull(processingGroup, "processingGroup");
    }
}
