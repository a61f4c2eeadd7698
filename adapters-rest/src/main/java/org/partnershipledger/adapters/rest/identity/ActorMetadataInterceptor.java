package org.partnershipledger.adapters.rest.identity;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.partnershipledger.application.identity.Actor;
import org.partnershipledger.application.identity.AuditMetadata;
import org.slf4j.MDC;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Stamps every command sent on behalf of an HTTP request with who sent it and which request it came from. Commands sent
 * by policies run with no authenticated user here and keep the metadata Axon correlates from the event that caused
 * them, so the original actor stays on record.
 */
public class ActorMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Optional<Actor> actor = CurrentActor.find();
            String requestId = MDC.get(RequestIdFilter.MDC_KEY);
            if (actor.isEmpty() && requestId == null) {
                return command;
            }
            Map<String, Object> stamp = new HashMap<>();
            actor.ifPresent(a -> {
                stamp.put(AuditMetadata.USER_ID, a.userId().value());
                stamp.put(AuditMetadata.OFFICE, a.office().value());
                stamp.put(AuditMetadata.ROLES, a.rolesAsText());
            });
            if (requestId != null) {
                stamp.put(AuditMetadata.REQUEST_ID, requestId);
            }
            return command.andMetaData(MetaData.from(stamp));
        };
    }
}
