/**
 * Value objects and the rule catalogue shared by every aggregate: money, offices, acting users, and the
 * {@link org.partnershipledger.domain.shared.RuleViolation} every command handler throws when it refuses a command.
 */
package org.partnershipledger.domain.shared;
