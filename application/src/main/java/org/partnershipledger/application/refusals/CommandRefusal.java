package org.partnershipledger.application.refusals;

import org.axonframework.commandhandling.CommandExecutionException;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;

import java.util.List;
import java.util.Optional;

/**
 * A command the ledger refused, as the sender learns of it.
 *
 * @param reason     the kind of refusal, which decides the HTTP status
 * @param rule       the business rule broken (e.g. {@code P4}), for {@link Reason#RULE_VIOLATION} only
 * @param detail     what a person reads
 * @param violations each missing or wrong part, where the rule names several
 */
public record CommandRefusal(Reason reason, String rule, String detail, List<String> violations) {

    public CommandRefusal {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** The refusal a failed command carries in its details, when the failure came back through a command bus. */
    public static Optional<CommandRefusal> of(Throwable failure) {
        if (failure instanceof CommandExecutionException executed) {
            return executed.getDetails().filter(CommandRefusal.class::isInstance).map(CommandRefusal.class::cast);
        }
        return Optional.empty();
    }

    /** The rule violation this refusal reports, rebuilt for a sender that received only the details. */
    public Optional<RuleViolation> asRuleViolation() {
        if (reason != Reason.RULE_VIOLATION || rule == null) {
            return Optional.empty();
        }
        return Optional.of(new RuleViolation(Rule.valueOf(rule), detail, violations));
    }

    /** The kinds of refusal the API answers distinctly. */
    public enum Reason {
        RULE_VIOLATION,
        OUTSIDE_OFFICE,
        NOT_FOUND,
        CONFLICT
    }
}
