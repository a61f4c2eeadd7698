package org.partnershipledger.application.partnership.views;

import java.time.LocalDate;
import java.util.List;

/**
 * The terms of an agreement as they read now, amendments included (P4, P10). A collaborative relationship states only
 * its goals (as objectives) and each partner's role.
 *
 * @param reviewFrequencyMonths months between reviews, {@code null} when the agreement sets none
 */
public record TermsView(List<String> objectives,
                        List<String> operationalTargets,
                        List<ContributionView> contributions,
                        LocalDate startDate,
                        LocalDate intendedEndDate,
                        Integer reviewFrequencyMonths,
                        String monitoringAndEvaluation,
                        List<String> indicators,
                        String exitStrategy) {

    public TermsView {
        objectives = ViewCollections.listOf(objectives);
        operationalTargets = ViewCollections.listOf(operationalTargets);
        contributions = ViewCollections.listOf(contributions);
        indicators = ViewCollections.listOf(indicators);
    }
}
