package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * What one amendment changed (P10): its duration, budget or scope. A part the amendment left alone is {@code null},
 * which is why lists here are not turned into empty ones.
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
