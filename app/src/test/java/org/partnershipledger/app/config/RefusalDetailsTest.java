package org.partnershipledger.app.config;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.partnershipledger.application.refusals.CommandRefusal;
import org.partnershipledger.application.refusals.CommandRefusal.Reason;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Refusals leave the command handler with details that survive a distributed command bus. */
class RefusalDetailsTest {

    private final RefusalDetails interceptor = new RefusalDetails();

    @Test
    void a_rule_violation_travels_as_details_and_stays_the_cause() {
        RuleViolation violation = new RuleViolation(Rule.P4, "the agreement misses parts", List.of("exitStrategy"));

        assertThatThrownBy(() -> handleThrowing(violation))
                .isInstanceOf(CommandExecutionException.class)
                .hasCause(violation)
                .satisfies(e -> assertThat(CommandRefusal.of(e)).contains(new CommandRefusal(Reason.RULE_VIOLATION,
                        "P4", "the agreement misses parts", List.of("exitStrategy"))));
    }

    @Test
    void an_unknown_record_travels_as_not_found() {
        assertThatThrownBy(() -> handleThrowing(new AggregateNotFoundException("p-1", "not found")))
                .satisfies(e -> assertThat(CommandRefusal.of(e).orElseThrow().reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void an_unexpected_failure_passes_through_untouched() {
        IllegalStateException unexpected = new IllegalStateException("disk full");

        assertThatThrownBy(() -> handleThrowing(unexpected)).isSameAs(unexpected);
    }

    @Test
    void the_details_survive_the_message_serializer_and_rebuild_the_violation() {
        Serializer serializer = new AxonConfiguration().messageSerializer();
        CommandRefusal refusal = new CommandRefusal(Reason.RULE_VIOLATION, "V6", "the approver assessed", List.of());

        SerializedObject<byte[]> wire = serializer.serialize(refusal, byte[].class);
        CommandRefusal received = serializer.deserialize(wire);

        assertThat(received).isEqualTo(refusal);
        assertThat(received.asRuleViolation().orElseThrow().rule()).isEqualTo(Rule.V6);
    }

    private void handleThrowing(Exception failure) throws Exception {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("command"));
        try {
            interceptor.handle(castUnitOfWork(unitOfWork), () -> {
                throw failure;
            });
        } finally {
            unitOfWork.rollback();
        }
    }

    @SuppressWarnings("unchecked")
    private static DefaultUnitOfWork<CommandMessage<?>> castUnitOfWork(
            DefaultUnitOfWork<?> unitOfWork) {
        return (DefaultUnitOfWork<CommandMessage<?>>) unitOfWork;
    }
}
