package org.partnershipledger.app.config;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.partnershipledger.application.identity.OutsideOfficeException;
import org.partnershipledger.application.refusals.CommandRefusal;
import org.partnershipledger.application.refusals.CommandRefusal.Reason;
import org.partnershipledger.domain.shared.RuleViolation;

import javax.annotation.Nonnull;
import java.util.List;

/**
 * Where a command is handled, turns the ledger's refusals into a {@link CommandExecutionException} whose details say
 * why. On the local command bus the original exception stays the cause; through Axon Server, where only the details
 * travel back, they are what lets the API still answer 422, 403, 404 or 409 instead of 500.
 */
public class RefusalDetails implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(@Nonnull UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         @Nonnull InterceptorChain interceptorChain) throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (RuleViolation violation) {
            throw refused(violation, new CommandRefusal(Reason.RULE_VIOLATION, violation.rule().name(),
                    violation.detail(), violation.violations()));
        } catch (OutsideOfficeException outside) {
            throw refused(outside, new CommandRefusal(Reason.OUTSIDE_OFFICE, null, outside.getMessage(), List.of()));
        } catch (AggregateNotFoundException notFound) {
            throw refused(notFound, new CommandRefusal(Reason.NOT_FOUND, null, "no such partnership or vetting",
                    List.of()));
        } catch (ConcurrencyException | ConflictingModificationException conflict) {
            throw refused(conflict, new CommandRefusal(Reason.CONFLICT, null,
                    "someone else changed this record at the same time; read it again and retry", List.of()));
        }
    }

    private static CommandExecutionException refused(Exception cause, CommandRefusal refusal) {
        return new CommandExecutionException(cause.getMessage(), cause, refusal);
    }
}
