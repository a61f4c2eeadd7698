package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * What one amendment changed (P10): its duration, budget or scope. A part the amendment left alone is {@code null},
 * which is why lists here are not turned into empty ones.
 *
 * @param intendedEndDate    the new intended end date (ISO 8601 date), or null when the duration stayed
 * @param agencyTransfer     the new total the agency transfers, or null when the budget stayed
 * @param contributions      the partners' contributions that changed, each replacing that partner's entry, or null
 * @param objectives         the new objectives, or null when they stayed
 * @param operationalTargets the new activities and targets, or null when they stayed
 * @param indicators         the new indicators, or null when they stayed
 * @param exitStrategy       the new exit strategy, or null when it stayed
 */
public record AmendmentChangesView(LocalDate intendedEndDate,
                                   Money agencyTransfer,
                                   List<ContributionView> contributions,
                                   List<String> objectives,
                                   List<String> operationalTargets,
                                   List<String> indicators,
                                   String exitStrategy) {

    public AmendmentChangesView {
        contributions = ViewCollections.copyOrNull(contributions);
        objectives = ViewCollections.copyOrNull(objectives);
        operationalTargets = ViewCollections.copyOrNull(operationalTargets);
        indicators = ViewCollections.copyOrNull(indicators);
    }
}
