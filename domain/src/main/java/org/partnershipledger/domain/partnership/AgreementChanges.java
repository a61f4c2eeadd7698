package org.partnershipledger.domain.partnership;

import org.partnershipledger.domain.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an amendment changes in an agreement (P10): its duration, its budget or its scope. Each part is
 * {@code null} when the amendment leaves it as it is.
 *
 * @param intendedEndDate    the new intended end date (duration)
 * @param agencyTransfer     the new total the agency transfers (budget)
 * @param contributions      the partners' contributions that change, each replacing that partner's entry (budget)
 * @param objectives         the new objectives (scope)
 * @param operationalTargets the new operational targets and activities (scope)
 * @param indicators         the new indicators (scope)
 * @param exitStrategy       the new exit strategy (scope)
 */
public record AgreementChanges(LocalDate intendedEndDate,
                               Money agencyTransfer,
                               List<PartnerContribution> contributions,
                               List<String> objectives,
                               List<String> operationalTargets,
                               List<String> indicators,
                               String exitStrategy) {

    public AgreementChanges {
        contributions = Lists.copyOrNull(contributions);
        objectives = Lists.copyOrNull(objectives);
        operationalTargets = Lists.copyOrNull(operationalTargets);
        indicators = Lists.copyOrNull(indicators);
    }

    public static AgreementChanges duration(LocalDate intendedEndDate) {
        return new AgreementChanges(intendedEndDate, null, null, null, null, null, null);
    }

    public static AgreementChanges budget(Money agencyTransfer) {
        return new AgreementChanges(null, agencyTransfer, null, null, null, null, null);
    }

    public boolean changesNothing() {
        return intendedEndDate == null && agencyTransfer == null && contributions == null && objectives == null
                && operationalTargets == null && indicators == null && exitStrategy == null;
    }

    /** The terms as they read once this amendment is made. */
    public AgreementTerms applyTo(AgreementTerms terms) {
        return new AgreementTerms(
                objectives != null ? objectives : terms.objectives(),
                operationalTargets != null ? operationalTargets : terms.operationalTargets(),
                contributions != null ? mergedContributions(terms.contributions()) : terms.contributions(),
                terms.startDate(),
                intendedEndDate != null ? intendedEndDate : terms.intendedEndDate(),
                terms.reviewFrequencyMonths(),
                terms.monitoringAndEvaluation(),
                indicators != null ? indicators : terms.indicators(),
                exitStrategy != null ? exitStrategy : terms.exitStrategy());
    }

    private List<PartnerContribution> mergedContributions(List<PartnerContribution> current) {
        List<PartnerContribution> merged = new ArrayList<>();
        for (PartnerContribution existing : current) {
            merged.add(contributions.stream().filter(c -> c.partnerId().equals(existing.partnerId()))
                    .findFirst().orElse(existing));
        }
        contributions.stream()
                .filter(c -> current.stream().noneMatch(e -> e.partnerId().equals(c.partnerId())))
                .forEach(merged::add);
        return merged;
    }
}
