package org.partnershipledger.domain.shared;

import java.util.List;
import java.util.Objects;

/**
 * Thrown by a command handler that refuses a command because it would break a business rule. It carries the rule and,
 * where a command breaks it in several places at once (the missing parts of an agreement, say), each of them, so that
 * a person can fix everything in one go.
 */
public class RuleViolation extends RuntimeException {

    private final Rule rule;
    private final List<String> violations;

    public RuleViolation(Rule rule, String detail) {
        this(rule, detail, List.of());
    }

    public RuleViolation(Rule rule, String detail, List<String> violations) {
        super(rule.name() + ": " + detail, null, false, false);
        this.rule = Objects.requireNonNull(rule);
        this.violations = List.copyOf(violations);
    }

    public Rule rule() {
        return rule;
    }

    /** The detail without the rule prefix, for a person to read. */
    public String detail() {
        return getMessage().substring(rule.name().length() + 2);
    }

    public List<String> violations() {
        return violations;
    }
}
