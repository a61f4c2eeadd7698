package org.partnershipledger.domain.shared;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.AxonAssertionError;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends commands one after another to one aggregate, each through a fresh Axon fixture given every event accepted so
 * far, and holds each answer to the contract of the domain: a command is either accepted with events, or refused with
 * a {@link RuleViolation} and no event. The fixture itself checks that an accepted command leaves the aggregate as a
 * replay of its events would (Axon's illegal state change check), so no handler changes state outside its events.
 * A refused command's unit of work is rolled back and the next command is given the same history: the aggregate is
 * rebuilt from stored events for every command (no aggregate cache is configured), so what a refused handler did to
 * its in-memory copy cannot survive it, and Axon does not let a test read that discarded copy either.
 *
 * @param <A> the aggregate type
 */
public final class CommandSequence<A> {

    private final Supplier<FixtureConfiguration<A>> fixtures;
    private final List<Object> history = new ArrayList<>();
    private A state;

    public CommandSequence(Supplier<FixtureConfiguration<A>> fixtures) {
        this.fixtures = fixtures;
    }

    /** The events accepted so far, oldest first. */
    public List<Object> history() {
        return List.copyOf(history);
    }

    /** The aggregate as the last accepted command left it, or {@code null} before the first. */
    public A state() {
        return state;
    }

    /**
     * Sends the command and asserts the contract.
     *
     * @return the events the command caused, empty when it was refused
     */
    public Outcome send(Object command) {
        FixtureConfiguration<A> fixture = fixtures.get();
        TestExecutor<A> given = history.isEmpty() ? fixture.givenNoPriorActivity() : fixture.given(history);
        ResultValidator<A> result = given.when(command);
        Captured<List<EventMessage<?>>> published = new Captured<>();
        result.expectEventsMatching(published);
        List<Object> events = published.value.stream().<Object>map(EventMessage::getPayload).toList();
        Captured<Throwable> thrown = new Captured<>();
        boolean refused;
        try {
            result.expectException(thrown);
            refused = true;
        } catch (AxonAssertionError returnedNormally) {
            refused = false;
        }

        if (refused) {
            Throwable refusal = thrown.value;
            assertThat(refusal).as("the refusal of %s", command).isInstanceOf(RuleViolation.class);
            assertThat(events).as("events stored for refused %s", command).isEmpty();
            return new Outcome((RuleViolation) refusal, List.of());
        }
        assertThat(events).as("events of accepted %s", command).isNotEmpty();
        Captured<A> after = new Captured<>();
        result.expectState(after::keep);
        history.addAll(events);
        state = after.value;
        return new Outcome(null, events);
    }

    /** What one command did: refused under a rule, or accepted with its events. */
    public record Outcome(RuleViolation refusal, List<Object> events) {

        public boolean accepted() {
            return refusal == null;
        }
    }

    /** A matcher that matches anything and keeps what it was shown, to read the fixture's results. */
    private static final class Captured<T> extends BaseMatcher<T> {

        private T value;

        @Override
        @SuppressWarnings("unchecked")
        public boolean matches(Object actual) {
            value = (T) actual;
            return true;
        }

        @SuppressWarnings("unchecked")
        void keep(Object actual) {
            value = (T) actual;
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("anything");
        }
    }
}
