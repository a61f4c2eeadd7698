package org.partnershipledger.domain.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The terms of an agreement (P4). For a formal partnership every part is required, except the exit strategy and
 * indicators under small-scale funding (P5); for a collaborative relationship only the goals (held as objectives)
 * and each partner's role. Parts may be absent here: the aggregate names every missing part at once.
 *
 * @param objectives              what the partnership sets out to achieve (a collaborative relationship's goals)
 * @param operationalTargets      the operational targets and activities
 * @param contributions           one entry per partner: contribution, role and responsibilities
 * @param reviewFrequencyMonths   months between reviews, or {@code null} when not stated
 * @param monitoringAndEvaluation the monitoring and evaluation arrangements
 * @param exitStrategy            the conditions under which the partnership will not be continued
 */
public record AgreementTerms(List<String> objectives,
                             List<String> operationalTargets,
                             List<PartnerContribution> contributions,
                             LocalDate startDate,
                             LocalDate intendedEndDate,
                             Integer reviewFrequencyMonths,
                             String monitoringAndEvaluation,
                             List<String> indicators,
                             String exitStrategy) {

    public AgreementTerms {
        objectives = Lists.orEmpty(objectives);
        operationalTargets = Lists.orEmpty(operationalTargets);
        contributions = Lists.orEmpty(contributions);
        indicators = Lists.orEmpty(indicators);
    }

    /** A collaborative relationship's terms: the mutually agreed goals and each partner's role [000 §38]. */
    public static AgreementTerms collaborative(List<String> goals, List<PartnerContribution> roles) {
        return new AgreementTerms(goals, List.of(), roles, null, null, null, null, List.of(), null);
    }

    public Optional<PartnerContribution> contributionOf(PartnerId partnerId) {
        return contributions.stream().filter(c -> c.partnerId().equals(partnerId)).findFirst();
    }
}
