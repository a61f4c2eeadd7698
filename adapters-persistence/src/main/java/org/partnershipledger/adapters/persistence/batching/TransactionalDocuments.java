package org.partnershipledger.adapters.persistence.batching;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The documents of one read model as an event processor's batch sees them: what it has read, and what it has changed
 * but not yet written. A batch of events, applied in one transaction, thus reads each document at most once (all of
 * the batch's in one statement, {@link #find}) and writes each changed document once, just before the transaction
 * commits, however many of its events touched it ({@link #save}). Should the transaction roll back, what it staged is
 * forgotten with it, and the processor applies the batch again from the stored documents.
 *
 * <p>Outside a batch (a query, a dead letter retried, a test) every call reads or writes at once, in whatever
 * transaction the caller has.
 *
 * @param <D> the document
 */
public final class TransactionalDocuments<D> {

    /** How the documents are read and written, each call in as few statements as the database allows. */
    public interface Storage<D> {

        /** The stored documents of these ids; an id without one is absent from the answer. */
        Map<String, D> load(Collection<String> ids);

        /** Replaces (or inserts) these documents with all that is kept beside them. */
        void replace(Collection<D> documents);
    }

    private final Storage<D> storage;
    private final EventBatch events;
    private final Object resourceKey = new Object();

    /** @param events the batch in progress, whose aggregates' documents are read together on the first find */
    public TransactionalDocuments(Storage<D> storage, EventBatch events) {
        this.storage = Objects.requireNonNull(storage);
        this.events = Objects.requireNonNull(events);
    }

    public Optional<D> find(String id) {
        Batch<D> batch = batch();
        if (batch == null) {
            return Optional.ofNullable(storage.load(List.of(id)).get(id));
        }
        if (!batch.knows(id)) {
            Set<String> ids = new LinkedHashSet<>();
            ids.add(id);
            events.aggregateIds().stream().filter(other -> !batch.knows(other)).forEach(ids::add);
            batch.read(ids, storage.load(ids));
        }
        return batch.current(id);
    }

    public void save(String id, D document) {
        Batch<D> batch = batch();
        if (batch == null) {
            storage.replace(List.of(document));
            return;
        }
        batch.stage(id, document);
    }

    /** Forgets what the current transaction read and staged, for a caller that is about to delete every document. */
    public void forgetAll() {
        if (TransactionSynchronizationManager.getResource(resourceKey) instanceof Batch<?> batch) {
            batch.forget();
        }
    }

    /** This transaction's documents, when a processor's batch runs in it; {@code null} otherwise. */
    @SuppressWarnings("unchecked")
    private Batch<D> batch() {
        if (!TransactionSynchronizationManager.isSynchronizationActive() || !events.inProgress()) {
            return null;
        }
        Object bound = TransactionSynchronizationManager.getResource(resourceKey);
        if (bound != null) {
            return (Batch<D>) bound;
        }
        Batch<D> batch = new Batch<>();
        TransactionSynchronizationManager.bindResource(resourceKey, batch);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                batch.write(storage);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
            }
        });
        return batch;
    }

    /** One transaction's documents: those read (present or absent) and those staged to be written. */
    private static final class Batch<D> {

        private final Map<String, Optional<D>> known = new LinkedHashMap<>();
        private final Map<String, D> staged = new LinkedHashMap<>();

        boolean knows(String id) {
            return known.containsKey(id);
        }

        void read(Collection<String> ids, Map<String, D> found) {
            ids.forEach(id -> known.put(id, Optional.ofNullable(found.get(id))));
        }

        Optional<D> current(String id) {
            return known.get(id);
        }

        void stage(String id, D document) {
            known.put(id, Optional.of(document));
            staged.put(id, document);
        }

        void forget() {
            known.clear();
            staged.clear();
        }

        void write(Storage<D> storage) {
            if (!staged.isEmpty()) {
                storage.replace(List.copyOf(staged.values()));
                staged.clear();
            }
        }
    }
}
