package org.partnershipledger.app.reliability;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectionEnqueuePolicyTest {

    private final ProjectionEnqueuePolicy policy = new ProjectionEnqueuePolicy();
    private final EventMessage<?> event = new GenericDomainEventMessage<>("Partnership", "p-1", 3, "payload");

    @Test
    void a_handler_failure_parks_the_event_with_its_cause_and_one_attempt() {
        IllegalStateException failure = new IllegalStateException("cannot apply");
        DeadLetter<EventMessage<?>> fresh = new GenericDeadLetter<>("p-1", event, failure);

        EnqueueDecision<EventMessage<?>> decision = policy.decide(fresh, failure);
        DeadLetter<? extends EventMessage<?>> parked = decision.withDiagnostics(fresh);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).hasValueSatisfying(cause ->
                assertThat(cause.getMessage()).isEqualTo("cannot apply"));
        assertThat(ProjectionEnqueuePolicy.attempts(parked.diagnostics())).isEqualTo(1);
    }

    @Test
    void a_failed_retry_keeps_the_event_parked_and_counts_the_attempt() {
        DeadLetter<EventMessage<?>> parkedTwice = new GenericDeadLetter<EventMessage<?>>("p-1", event)
                .withDiagnostics(diagnostics -> diagnostics.and(ProjectionEnqueuePolicy.ATTEMPTS, 2));

        EnqueueDecision<EventMessage<?>> decision = policy.decide(parkedTwice, new NullPointerException("again"));

        assertThat(decision.shouldEnqueue()).as("never evicted by itself").isTrue();
        assertThat(ProjectionEnqueuePolicy.attempts(decision.withDiagnostics(parkedTwice).diagnostics())).isEqualTo(3);
    }

    @Test
    void a_database_failure_is_thrown_on_so_that_the_batch_is_retried_instead_of_parked() {
        DataAccessResourceFailureException outage = new DataAccessResourceFailureException("connection refused");
        DeadLetter<EventMessage<?>> fresh = new GenericDeadLetter<>("p-1", event, outage);

        assertThatThrownBy(() -> policy.decide(fresh, outage)).isSameAs(outage);
    }

    @Test
    void a_database_failure_wrapped_by_a_handler_is_recognised_through_its_causes() {
        RuntimeException wrapped = new RuntimeException("store failed", new SQLException("deadlock", "40P01"));

        assertThat(ProjectionEnqueuePolicy.infrastructure(wrapped)).isTrue();
        assertThat(ProjectionEnqueuePolicy.infrastructure(new IllegalArgumentException("bad payload"))).isFalse();
    }
}
