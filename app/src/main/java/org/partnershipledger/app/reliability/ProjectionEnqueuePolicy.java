package org.partnershipledger.app.reliability;

import org.axonframework.common.AxonTransientException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.MetaData;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import java.sql.SQLException;

/**
 * Decides what happens to an event a projection failed to apply (ADR 022).
 *
 * <ul>
 *   <li>A failure of the database or of Axon's infrastructure is not the event's fault: it is thrown on, so the
 *       processor rolls the whole batch back and retries it with back-off, as without a dead-letter queue. Parking
 *       it would make every record touched during an outage wait for an administrator; and on PostgreSQL a failed
 *       statement aborts the transaction, so the letter could not even be stored.</li>
 *   <li>Any other failure (a handler that cannot apply this event: a bug, an unreadable payload) parks the event,
 *       with its cause and the number of failed attempts, and never evicts it by itself: a read model that silently
 *       lacks an event is worse than one record visibly waiting. Only an administrator evicts.</li>
 * </ul>
 */
final class ProjectionEnqueuePolicy implements EnqueuePolicy<EventMessage<?>> {

    /** The diagnostics entry counting failed attempts at applying the letter's event. */
    static final String ATTEMPTS = "attempts";

    /** A bound on the cause chain, against causes that refer to each other. */
    private static final int MAX_CAUSE_DEPTH = 20;

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (infrastructure(cause)) {
            throw cause instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("the database or the event processor failed", cause);
        }
        int attempts = attempts(letter.diagnostics()) + 1;
        return Decisions.requeue(ThrowableCause.truncated(cause),
                parked -> parked.diagnostics().and(ATTEMPTS, attempts));
    }

    static int attempts(MetaData diagnostics) {
        return diagnostics.get(ATTEMPTS) instanceof Number number ? number.intValue() : 0;
    }

    static boolean infrastructure(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof DataAccessException
                    || cause instanceof TransactionException || cause instanceof AxonTransientException) {
                return true;
            }
        }
        return false;
    }
}
