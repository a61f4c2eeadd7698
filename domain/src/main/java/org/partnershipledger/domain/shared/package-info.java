/**
 * Value objects and the rule catalogue shared by every aggregate: money, offices and their levels, acting users, the
 * vetting tiers both aggregates speak of, and the {@link org.partnershipledger.domain.shared.RuleViolation} every
 * command handler throws when it refuses a command.
 */
package org.partnershipledger.domain.shared;
