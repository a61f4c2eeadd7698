package org.partnershipledger.app.observability;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorrelationIdLoggingTest {

    private final CorrelationIdLogging interceptor = new CorrelationIdLogging();

    @AfterEach
    void clean() {
        MDC.clear();
    }

    @Test
    void an_event_is_handled_with_the_request_and_the_root_of_its_chain_in_the_logging_context() throws Exception {
        Message<?> event = GenericEventMessage.asEventMessage("proposed")
                .andMetaData(MetaData.with("requestId", "req-1").and("traceId", "root-command").and("correlationId",
                        "parent-command"));

        Map<String, String> during = handle(event);

        assertThat(during).containsEntry("requestId", "req-1").containsEntry("correlationId", "root-command");
        assertThat(MDC.getCopyOfContextMap()).as("a processor thread is left clean").isNullOrEmpty();
    }

    @Test
    void the_first_message_of_a_chain_is_its_own_correlation() throws Exception {
        Message<?> command = GenericCommandMessage.asCommandMessage("propose")
                .andMetaData(MetaData.with("requestId", "req-2"));

        Map<String, String> during = handle(command);

        assertThat(during).containsEntry("correlationId", command.getIdentifier());
    }

    @Test
    void the_thread_keeps_its_own_ids_afterwards_even_when_the_handler_fails() {
        MDC.put("requestId", "http-request");
        Message<?> command = GenericCommandMessage.asCommandMessage("propose")
                .andMetaData(MetaData.with("requestId", "other-request"));
        UnitOfWork<Message<?>> unitOfWork = DefaultUnitOfWork.startAndGet(command);

        assertThatThrownBy(() -> interceptor.handle(unitOfWork, () -> {
            throw new IllegalStateException("handler failed");
        })).hasMessage("handler failed");
        unitOfWork.rollback();

        assertThat(MDC.get("requestId")).isEqualTo("http-request");
        assertThat(MDC.get("correlationId")).isNull();
    }

    @Test
    void a_message_without_a_request_adds_no_request_id() throws Exception {
        Message<?> event = GenericEventMessage.asEventMessage("scheduled").andMetaData(MetaData.with("traceId", "t"));

        Map<String, String> during = handle(event);

        assertThat(during).doesNotContainKey("requestId").containsEntry("correlationId", "t");
    }

    private Map<String, String> handle(Message<?> message) throws Exception {
        Map<String, String> seen = new HashMap<>();
        UnitOfWork<Message<?>> unitOfWork = new DefaultUnitOfWork<>(message);
        unitOfWork.executeWithResult(() -> interceptor.handle(unitOfWork, () -> {
            Map<String, String> context = MDC.getCopyOfContextMap();
            if (context != null) {
                seen.putAll(context);
            }
            return null;
        }));
        return seen;
    }
}
