package org.partnershipledger.application.partnership.views;

import java.time.LocalDate;
import java.util.List;

/**
 * The terms of an agreement as they read now, amendments included (P4, P10). A collaborative relationship states only
 * its goals (as objectives) and each partner's role.
 *
 * @param objectives              what the partnership sets out to achieve; a collaborative relationship's goals
 * @param operationalTargets      the activities and targets, or null
 * @param contributions           each partner's part
 * @param startDate               when the work starts (ISO 8601 date), or null
 * @param intendedEndDate         when the work is meant to end (ISO 8601 date), or null
 * @param reviewFrequencyMonths   months between reviews, {@code null} when the agreement sets none
 * @param monitoringAndEvaluation how the work is monitored and evaluated, or null
 * @param indicators              how progress is measured, or null
 * @param exitStrategy            the conditions under which the partnership is not continued, or null
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
