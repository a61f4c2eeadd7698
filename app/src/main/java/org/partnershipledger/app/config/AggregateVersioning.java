package org.partnershipledger.app.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.Scope;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.partnershipledger.application.concurrency.ExpectedVersion;

import javax.annotation.Nonnull;

/**
 * Versioning for every aggregate command handler, in one place instead of in each handler.
 * <ul>
 *   <li>Before: a command that carries an expected version (the client's {@code If-Match}) runs only if the aggregate
 *       is still at that version once it is loaded and locked; otherwise a concurrent command got there first, and
 *       the command fails with {@link ConflictingAggregateVersionException} (answered 409).</li>
 *   <li>After: a handler that returns nothing answers with the aggregate's new version, the sequence number of the
 *       last event it applied, for the client to send with its next command.</li>
 * </ul>
 */
public class AggregateVersioning implements HandlerEnhancerDefinition {

    @Override
    public @Nonnull <T> MessageHandlingMember<T> wrapHandler(@Nonnull MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(CommandMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(@Nonnull Message<?> message, T target) throws Exception {
                // A constructor handler has no target: there is no version to expect, and Axon answers with the new
                // aggregate's identifier.
                boolean existingAggregate = target != null && currentAggregate() != null;
                if (existingAggregate) {
                    requireExpectedVersion(message);
                }
                Object result = super.handle(message, target);
                return result == null && existingAggregate ? AggregateLifecycle.getVersion() : result;
            }
        };
    }

    private static void requireExpectedVersion(Message<?> command) {
        Object expected = command.getMetaData().get(ExpectedVersion.METADATA_KEY);
        if (!(expected instanceof Number expectedVersion)) {
            return;
        }
        Long actual = AggregateLifecycle.getVersion();
        if (actual == null || actual != expectedVersion.longValue()) {
            Aggregate<?> aggregate = currentAggregate();
            throw new ConflictingAggregateVersionException(aggregate.identifierAsString(), expectedVersion.longValue(),
                    actual == null ? -1 : actual);
        }
    }

    private static Aggregate<?> currentAggregate() {
        try {
            return Scope.getCurrentScope() instanceof Aggregate<?> aggregate ? aggregate : null;
        } catch (IllegalStateException noScope) {
            return null;
        }
    }
}
