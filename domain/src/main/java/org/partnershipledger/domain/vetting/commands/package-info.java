/**
 * Commands to the Vetting aggregate: imperative records that check their own shape (identifiers, actors, choices,
 * dates; an {@link java.lang.IllegalArgumentException} names the missing field). What the rules V1 to V8 require of
 * their content (evidence, reasons, conditions, justifications) the aggregate checks, so that the refusal names the
 * rule.
 */
package org.partnershipledger.domain.vetting.commands;
