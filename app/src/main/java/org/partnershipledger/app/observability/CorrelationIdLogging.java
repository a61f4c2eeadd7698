package org.partnershipledger.app.observability;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.partnershipledger.application.identity.AuditMetadata;
import org.slf4j.MDC;

import java.util.HashMap;
import java.util.Map;

/**
 * Puts the ids that tie a message to its origin into the logging context while the message is handled, so that a line
 * logged by a command handler, an event handler or a policy names the request and the chain it belongs to, on
 * whichever thread (or node) handles it:
 * <ul>
 *   <li>{@value #REQUEST_ID}: the HTTP request that started the chain, copied onto every message by correlation
 *       (ADR 006);</li>
 *   <li>{@value #CORRELATION_ID}: the first message of the chain, as the audit trail names it (ADR 012): Axon's
 *       {@code traceId}, or the message's own id when it is the first.</li>
 * </ul>
 * The previous values are restored afterwards: an HTTP thread keeps its own request id, a processor thread is left
 * clean for the next event.
 */
public final class CorrelationIdLogging implements MessageHandlerInterceptor<Message<?>> {

    public static final String REQUEST_ID = "requestId";
    public static final String CORRELATION_ID = "correlationId";

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Message<?> message = unitOfWork.getMessage();
        Map<String, String> ids = new HashMap<>();
        Object requestId = message.getMetaData().get(AuditMetadata.REQUEST_ID);
        if (requestId != null) {
            ids.put(REQUEST_ID, requestId.toString());
        }
        Object trace = message.getMetaData().get(AuditMetadata.TRACE_ID);
        ids.put(CORRELATION_ID, trace != null ? trace.toString() : message.getIdentifier());

        Map<String, String> previous = new HashMap<>();
        ids.forEach((key, value) -> {
            previous.put(key, MDC.get(key));
            MDC.put(key, value);
        });
        try {
            return interceptorChain.proceed();
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    MDC.remove(key);
                } else {
                    MDC.put(key, value);
                }
            });
        }
    }
}
