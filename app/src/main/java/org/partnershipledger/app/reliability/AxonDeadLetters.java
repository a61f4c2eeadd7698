package org.partnershipledger.app.reliability;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.partnershipledger.application.operations.DeadLetterQueueSummary;
import org.partnershipledger.application.operations.DeadLetterRetry;
import org.partnershipledger.application.operations.DeadLetterSequence;
import org.partnershipledger.application.operations.DeadLetterView;
import org.partnershipledger.application.operations.DeadLetters;
import org.partnershipledger.application.operations.NoSuchDeadLetterException;
import org.partnershipledger.application.operations.UnknownDeadLetterQueueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * {@link DeadLetters} over Axon's sequenced dead-letter queues of the projections' processing groups (ADR 022). A retry
 * goes through the group's own {@link SequencedDeadLetterProcessor}, which applies the letters with the same handlers
 * and interceptors as the live processor, in a transaction, and evicts each one applied; it may run on any node, as
 * the queue lives in the database.
 */
final class AxonDeadLetters implements DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(AxonDeadLetters.class);

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;
    private final List<String> groups;

    AxonDeadLetters(EventProcessingConfiguration processing, TransactionManager transactions, List<String> groups) {
        this.processing = Objects.requireNonNull(processing);
        this.transactions = Objects.requireNonNull(transactions);
        this.groups = List.copyOf(groups);
    }

    @Override
    public List<DeadLetterQueueSummary> queues() {
        return groups.stream().sorted().map(group -> {
            SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
            return transactions.fetchInTransaction(() ->
                    new DeadLetterQueueSummary(group, queue.amountOfSequences(), queue.size()));
        }).toList();
    }

    @Override
    public List<DeadLetterSequence> sequences(String processingGroup) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processingGroup);
        return transactions.fetchInTransaction(() -> {
            List<DeadLetterSequence> sequences = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
                sequence.forEach(letters::add);
                if (!letters.isEmpty()) {
                    sequences.add(sequence(processingGroup, sequenceId(letters.get(0)), letters));
                }
            }
            return sequences;
        });
    }

    @Override
    public DeadLetterRetry retry(String processingGroup, String sequenceId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processingGroup);
        requirePresent(queue, processingGroup, sequenceId);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing
                .sequencedDeadLetterProcessor(processingGroup)
                .orElseThrow(() -> new UnknownDeadLetterQueueException(processingGroup));
        boolean resolved = processor.process(letter -> sequenceId.equals(sequenceId(letter)));
        log.info("Retry of dead-letter sequence {} of {}: {}", sequenceId, processingGroup,
                resolved ? "every parked event applied" : "still parked");
        return new DeadLetterRetry(processingGroup, sequenceId, resolved,
                resolved ? null : current(queue, processingGroup, sequenceId));
    }

    @Override
    public int evictSequence(String processingGroup, String sequenceId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processingGroup);
        int evicted = transactions.fetchInTransaction(() -> {
            // Read the whole sequence first: the queue pages through it by offset, which evicting would shift.
            List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
            queue.deadLetterSequence(sequenceId).forEach(letters::add);
            letters.forEach(queue::evict);
            return letters.size();
        });
        if (evicted == 0) {
            throw new NoSuchDeadLetterException(processingGroup, sequenceId);
        }
        log.warn("Evicted {} parked events of sequence {} from {}: the read model will not reflect them until a "
                + "replay", evicted, sequenceId, processingGroup);
        return evicted;
    }

    @Override
    public void evictLetter(String processingGroup, String sequenceId, String letterId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processingGroup);
        boolean evicted = transactions.fetchInTransaction(() -> {
            for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(sequenceId)) {
                if (letterId.equals(letterId(letter))) {
                    queue.evict(letter);
                    return true;
                }
            }
            return false;
        });
        if (!evicted) {
            throw new NoSuchDeadLetterException(processingGroup, sequenceId, letterId);
        }
        log.warn("Evicted parked event {} of sequence {} from {}", letterId, sequenceId, processingGroup);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processingGroup) {
        if (!groups.contains(processingGroup)) {
            throw new UnknownDeadLetterQueueException(processingGroup);
        }
        return processing.deadLetterQueue(processingGroup)
                .orElseThrow(() -> new UnknownDeadLetterQueueException(processingGroup));
    }

    private void requirePresent(SequencedDeadLetterQueue<EventMessage<?>> queue, String group, String sequenceId) {
        if (!transactions.fetchInTransaction(() -> queue.contains(sequenceId))) {
            throw new NoSuchDeadLetterException(group, sequenceId);
        }
    }

    private DeadLetterSequence current(SequencedDeadLetterQueue<EventMessage<?>> queue, String group,
                                       String sequenceId) {
        return transactions.fetchInTransaction(() -> {
            List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
            queue.deadLetterSequence(sequenceId).forEach(letters::add);
            return letters.isEmpty() ? null : sequence(group, sequenceId, letters);
        });
    }

    private static DeadLetterSequence sequence(String group, String sequenceId,
                                               List<DeadLetter<? extends EventMessage<?>>> letters) {
        return new DeadLetterSequence(group, sequenceId, letters.size(),
                letters.stream().map(AxonDeadLetters::view).toList());
    }

    static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domainEvent = event instanceof DomainEventMessage<?> domain ? domain : null;
        return new DeadLetterView(letterId(letter), event.getIdentifier(), event.getPayloadType().getSimpleName(),
                domainEvent == null ? null : domainEvent.getAggregateIdentifier(),
                domainEvent == null ? null : domainEvent.getSequenceNumber(), globalIndex(event),
                letter.cause().map(AxonDeadLetters::simpleName).orElse(null),
                letter.cause().map(Cause::message).orElse(null), letter.enqueuedAt(), letter.lastTouched(),
                ProjectionEnqueuePolicy.attempts(letter.diagnostics()));
    }

    /** The sequence a letter belongs to: as stored, or the aggregate, by which the processors sequence events. */
    static String sequenceId(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof JdbcDeadLetter<?> stored) {
            return stored.getSequenceIdentifier();
        }
        return letter.message() instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                : letter.message().getIdentifier();
    }

    private static String letterId(DeadLetter<? extends EventMessage<?>> letter) {
        return letter instanceof JdbcDeadLetter<?> stored ? stored.getIdentifier() : letter.message().getIdentifier();
    }

    private static Long globalIndex(EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked) {
            TrackingToken token = tracked.trackingToken();
            OptionalLong position = token == null ? OptionalLong.empty() : token.position();
            return position.isPresent() ? position.getAsLong() : null;
        }
        return null;
    }

    private static String simpleName(Cause cause) {
        String type = cause.type();
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }
}
