package org.partnershipledger.application.partnership.queries;

/**
 * Asks for the portfolio in numbers: counts per stage, median days from proposal to agreement, discontinuation
 * reasons. Answered with a {@link org.partnershipledger.application.partnership.views.PartnershipStatistics}.
 */
public record FindPartnershipStatistics() {
}
