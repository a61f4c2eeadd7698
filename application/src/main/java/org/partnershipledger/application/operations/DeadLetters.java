package org.partnershipledger.application.operations;

import java.util.List;

/**
 * The events a projection could not apply, parked instead of stopping it (ADR 022). A projection that fails on an
 * event parks that event, and every later event of the same record (its sequence), while the events of all other
 * records keep flowing. An administrator lists what is parked, retries a sequence once its cause is fixed, or evicts
 * it, accepting that the read model will never reflect those events (a replay would apply them again).
 *
 * <p>A sequence is named by its processing group (for example {@code partnership-views}) and its sequence id, which is
 * the id of the partnership or vetting whose events it holds. Letters name the events, never show their content:
 * administrators run the service, they do not read its records.
 */
public interface DeadLetters {

    /** Every processing group that parks events it cannot apply, with how much it holds, by name. */
    List<DeadLetterQueueSummary> queues();

    /**
     * The parked sequences of one processing group, each with its letters in the order they will be retried.
     *
     * @throws UnknownDeadLetterQueueException when no processing group of that name parks events
     */
    List<DeadLetterSequence> sequences(String processingGroup);

    /**
     * Applies the parked events of one sequence again, in order, through the processing group's own handlers. Each
     * event applied is evicted; at the first that fails again the rest stay parked, with the new cause.
     *
     * @throws UnknownDeadLetterQueueException when no processing group of that name parks events
     * @throws NoSuchDeadLetterException       when nothing of that sequence is parked
     */
    DeadLetterRetry retry(String processingGroup, String sequenceId);

    /**
     * Removes every parked event of one sequence, unapplied.
     *
     * @return how many events were evicted
     * @throws UnknownDeadLetterQueueException when no processing group of that name parks events
     * @throws NoSuchDeadLetterException       when nothing of that sequence is parked
     */
    int evictSequence(String processingGroup, String sequenceId);

    /**
     * Removes one parked event, unapplied; the later events of its sequence stay parked until retried.
     *
     * @throws UnknownDeadLetterQueueException when no processing group of that name parks events
     * @throws NoSuchDeadLetterException       when that sequence holds no such letter
     */
    void evictLetter(String processingGroup, String sequenceId, String letterId);
}
