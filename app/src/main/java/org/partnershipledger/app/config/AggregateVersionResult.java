package org.partnershipledger.app.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.Scope;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.command.AggregateLifecycle;

import javax.annotation.Nonnull;

/**
 * Makes every aggregate command handler that returns nothing answer with the aggregate's version after the command,
 * that is, the sequence number of the last event it applied. Clients get the version back from each command, to send
 * with their next one, without every handler in the domain having to return it.
 */
public class AggregateVersionResult implements HandlerEnhancerDefinition {

    @Override
    public @Nonnull <T> MessageHandlingMember<T> wrapHandler(@Nonnull MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(CommandMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(@Nonnull Message<?> message, T target) throws Exception {
                Object result = super.handle(message, target);
                // A constructor handler has no target: Axon answers with the new aggregate's identifier.
                return result == null && target != null && insideAnAggregate() ? AggregateLifecycle.getVersion() : result;
            }
        };
    }

    private static boolean insideAnAggregate() {
        try {
            return Scope.getCurrentScope() instanceof AggregateLifecycle;
        } catch (IllegalStateException noScope) {
            return false;
        }
    }
}
