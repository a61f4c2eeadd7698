package org.partnershipledger.archfixture.domain.events;

/** Violates rule 5: an event without a revision. */
public record UnrevisionedEvent(String id) {
}
