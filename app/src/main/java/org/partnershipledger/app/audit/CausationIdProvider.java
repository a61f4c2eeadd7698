package org.partnershipledger.app.audit;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.partnershipledger.application.identity.AuditMetadata;

import java.util.Map;

/**
 * Stamps every message created while another is handled with {@code causationId}, the identifier of the message being
 * handled: the command, on the events its handler applies; the event, on the commands a policy sends because of it.
 * Axon's own {@code MessageOriginProvider} stays beside it: its {@code correlationId} holds the same parent id (in
 * Axon 4 it is not the root) and its {@code traceId} the root of the chain.
 */
public final class CausationIdProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        return Map.of(AuditMetadata.CAUSATION_ID, message.getIdentifier());
    }
}
