package org.partnershipledger.adapters.persistence.batching;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The batch of events an Axon event processor is handling on this thread right now, if any, as one read model keyed
 * by one kind of aggregate sees it: which of its aggregates the batch's events belong to.
 *
 * <p>Only a processor's batch counts: a query handled on the processor's thread (the vetting process asks the read
 * models) runs in a unit of work of its own and so sees no batch, and reads what is committed, as it always did.
 */
public final class EventBatch {

    private final String aggregateType;

    private EventBatch(String aggregateType) {
        this.aggregateType = aggregateType;
    }

    /** Batches as seen by a read model keyed by this aggregate's id (Axon's aggregate type is its simple name). */
    public static EventBatch keyedBy(Class<?> aggregate) {
        return new EventBatch(aggregate.getSimpleName());
    }

    /** Whether this thread handles a processor's batch of events right now. */
    public boolean inProgress() {
        return current().isPresent();
    }

    /** The ids of this read model's aggregates whose events are in the batch in progress; none outside a batch. */
    public Set<String> aggregateIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Object message : current().map(BatchingUnitOfWork::getMessages).orElse(List.of())) {
            if (message instanceof DomainEventMessage<?> event && aggregateType.equals(event.getType())) {
                ids.add(event.getAggregateIdentifier());
            }
        }
        return ids;
    }

    private static Optional<BatchingUnitOfWork<?>> current() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch
                ? Optional.of(batch) : Optional.empty();
    }
}
