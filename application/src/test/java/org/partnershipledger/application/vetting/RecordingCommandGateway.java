package org.partnershipledger.application.vetting;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A command gateway that records what a policy sends and answers as an aggregate would: with a version, or with the
 * refusal a test arranged for commands matching a condition. A refused command is recorded too, as it was sent.
 */
final class RecordingCommandGateway implements CommandGateway {

    private final List<Object> sent = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();

    private record Refusal(Predicate<Object> applies, RuntimeException failure) {
    }

    /** Every command matching {@code applies} fails with {@code failure}, as its handler would throw it. */
    void refuse(Predicate<Object> applies, RuntimeException failure) {
        refusals.add(new Refusal(applies, failure));
    }

    List<Object> sent() {
        return List.copyOf(sent);
    }

    <T> List<T> sent(Class<T> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R sendAndWait(Object command) {
        sent.add(command);
        for (Refusal refusal : refusals) {
            if (refusal.applies().test(command)) {
                throw refusal.failure();
            }
        }
        return (R) Long.valueOf(sent.size());
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        return sendAndWait(command);
    }

    @Override
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        throw new UnsupportedOperationException("the policy waits for each command");
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        throw new UnsupportedOperationException("the policy waits for each command");
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        return () -> true;
    }
}
