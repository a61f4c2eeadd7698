package org.partnershipledger.adapters.rest.identity;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.partnershipledger.application.identity.Actor;
import org.partnershipledger.adapters.rest.concurrency.IfMatchPrecondition;
import org.partnershipledger.application.concurrency.ExpectedVersion;
import org.partnershipledger.application.identity.ActingOffice;
import org.partnershipledger.application.identity.AuditMetadata;
import org.slf4j.MDC;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Stamps every command sent on behalf of an HTTP request with who sent it, which request it came from and, when the
 * client sent {@code If-Match}, the version it expects. Commands sent
 * by policies run with no authenticated user here and keep the metadata Axon correlates from the event that caused
 * them, so the original actor stays on record.
 */
public class ActorMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Optional<Actor> actor = CurrentActor.find();
            String requestId = MDC.get(RequestIdFilter.MDC_KEY);
            Optional<Object> expectedVersion = expectedVersion();
            if (actor.isEmpty() && requestId == null && expectedVersion.isEmpty()) {
                return command;
            }
            Map<String, Object> stamp = new HashMap<>();
            actor.ifPresent(a -> {
                stamp.put(AuditMetadata.USER_ID, a.userId().value());
                stamp.put(AuditMetadata.OFFICE, a.office().value());
                stamp.put(AuditMetadata.ROLES, a.rolesAsText());
                stamp.put(ActingOffice.METADATA_KEY, a.office().value());
            });
            if (requestId != null) {
                stamp.put(AuditMetadata.REQUEST_ID, requestId);
            }
            // Not among the correlated keys: a command a policy sends later must not inherit the client's precondition.
            expectedVersion.ifPresent(version -> stamp.put(ExpectedVersion.METADATA_KEY, version));
            return command.andMetaData(MetaData.from(stamp));
        };
    }

    private static Optional<Object> expectedVersion() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? Optional.empty() : Optional.ofNullable(
                request.getAttribute(IfMatchPrecondition.EXPECTED_VERSION_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }
}
