package org.partnershipledger.adapters.persistence.batching;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Applies a batch of events as an Axon event processor does: one transaction, one batching unit of work inside it,
 * and the handler called for each event in turn, with the batch's events visible to the stores.
 */
public final class ProcessorBatch {

    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    public static ProcessorBatch of() {
        return new ProcessorBatch();
    }

    /** An event of this aggregate, whose payload tells the test's handler what to do. */
    public ProcessorBatch event(String aggregateType, String aggregateId, long sequenceNumber, Object payload) {
        events.add(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequenceNumber, payload));
        return this;
    }

    /** Commits the batch. */
    public void apply(DataSource database, Consumer<DomainEventMessage<?>> handler) {
        run(database, handler, false);
    }

    /** Handles every event, then rolls the transaction back, as a failed commit would. */
    public void applyAndRollBack(DataSource database, Consumer<DomainEventMessage<?>> handler) {
        run(database, handler, true);
    }

    private void run(DataSource database, Consumer<DomainEventMessage<?>> handler, boolean rollBack) {
        new TransactionTemplate(new DataSourceTransactionManager(database)).executeWithoutResult(status -> {
            new BatchingUnitOfWork<>(events).execute(() -> handler.accept(
                    (DomainEventMessage<?>) CurrentUnitOfWork.get().getMessage()));
            if (rollBack) {
                status.setRollbackOnly();
            }
        });
    }
}
