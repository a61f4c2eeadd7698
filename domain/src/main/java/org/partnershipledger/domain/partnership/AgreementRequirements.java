package org.partnershipledger.domain.partnership;

import org.partnershipledger.domain.shared.Money;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.partnershipledger.domain.partnership.Lists.hasText;
import static org.partnershipledger.domain.partnership.Lists.hasTextEntry;

/** P4 and P5: the parts an agreement must state, each named by a stable name so that a client can point at it. */
final class AgreementRequirements {

    private AgreementRequirements() {
    }

    /**
     * P5. A transfer in another currency than the ceiling's is never small-scale: without exchange rates the
     * domain cannot tell, and the full requirements are the safe side. No transfer is no funding at all, so the
     * full requirements apply too.
     */
    static boolean smallScale(Money agencyTransfer, PartnershipPolicy policy) {
        Money ceiling = policy.smallScaleFundingCeiling();
        return agencyTransfer != null && !agencyTransfer.hasNoAmount()
                && agencyTransfer.currency().equals(ceiling.currency())
                && agencyTransfer.amount().compareTo(ceiling.amount()) <= 0;
    }

    /** The names of the partners that would bring resources into a collaborative relationship (P1). */
    static List<String> resourceBringers(AgreementTerms terms, Collection<PartnerProfile> partners) {
        return terms.contributions().stream().filter(PartnerContribution::bringsResources)
                .map(c -> partners.stream().filter(p -> p.partnerId().equals(c.partnerId()))
                        .map(PartnerProfile::name).findFirst().orElse(c.partnerId().value()))
                .toList();
    }

    static List<String> missingParts(PartnershipForm form, AgreementTerms terms, Collection<PartnerProfile> partners,
                                     boolean smallScale) {
        return form == PartnershipForm.FORMAL_PARTNERSHIP
                ? missingFormalParts(terms, partners, smallScale)
                : missingCollaborativeParts(terms, partners);
    }

    private static List<String> missingFormalParts(AgreementTerms terms, Collection<PartnerProfile> partners,
                                                   boolean smallScale) {
        List<String> missing = new ArrayList<>();
        if (!hasTextEntry(terms.objectives())) {
            missing.add("objectives");
        }
        if (!hasTextEntry(terms.operationalTargets())) {
            missing.add("operationalTargets");
        }
        for (PartnerProfile partner : partners) {
            PartnerContribution contribution = terms.contributionOf(partner.partnerId()).orElse(null);
            if (contribution == null || !contribution.bringsResources()) {
                missing.add("contribution of partner " + partner.name());
            }
            if (contribution == null || !hasText(contribution.role())) {
                missing.add("role of partner " + partner.name());
            }
            if (contribution == null || !hasText(contribution.responsibilities())) {
                missing.add("responsibilities of partner " + partner.name());
            }
        }
        missing.addAll(contributionsOfStrangers(terms, partners));
        if (terms.startDate() == null) {
            missing.add("startDate");
        }
        if (terms.intendedEndDate() == null) {
            missing.add("intendedEndDate");
        }
        if (terms.startDate() != null && terms.intendedEndDate() != null
                && !terms.intendedEndDate().isAfter(terms.startDate())) {
            missing.add("intendedEndDate after startDate");
        }
        if (terms.reviewFrequencyMonths() == null || terms.reviewFrequencyMonths() < 1) {
            missing.add("reviewFrequencyMonths");
        }
        if (!hasText(terms.monitoringAndEvaluation())) {
            missing.add("monitoringAndEvaluation");
        }
        if (!smallScale && !hasTextEntry(terms.indicators())) {
            missing.add("indicators");
        }
        if (!smallScale && !hasText(terms.exitStrategy())) {
            missing.add("exitStrategy");
        }
        return missing;
    }

    private static List<String> missingCollaborativeParts(AgreementTerms terms, Collection<PartnerProfile> partners) {
        List<String> missing = new ArrayList<>();
        if (!hasTextEntry(terms.objectives())) {
            missing.add("goals");
        }
        for (PartnerProfile partner : partners) {
            boolean hasRole = terms.contributionOf(partner.partnerId()).map(c -> hasText(c.role())).orElse(false);
            if (!hasRole) {
                missing.add("role of partner " + partner.name());
            }
        }
        missing.addAll(contributionsOfStrangers(terms, partners));
        return missing;
    }

    private static List<String> contributionsOfStrangers(AgreementTerms terms, Collection<PartnerProfile> partners) {
        Set<PartnerId> known = partners.stream().map(PartnerProfile::partnerId).collect(Collectors.toSet());
        return terms.contributions().stream().map(PartnerContribution::partnerId).filter(id -> !known.contains(id))
                .map(id -> "contribution of unknown partner " + id).toList();
    }
}
