package org.partnershipledger.domain.partnership;

import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.VettingTier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** P3: whether the partners' latest vetting outcomes let an agreement be concluded. */
final class Clearances {

    private Clearances() {
    }

    /**
     * The tier a partner needs (V1). Resources the partner itself brings count as much as those the agency
     * transfers: a company giving funds needs ENHANCED vetting even when the agency transfers nothing.
     *
     * @param contribution the partner's contribution under the agreement, or {@code null} before one is stated
     */
    static VettingTier requiredTier(TierPolicy policy, PartnershipForm form, PartnerProfile partner,
                                    Money agencyTransfer, PartnerContribution contribution) {
        VettingTier tier = policy.requiredTier(form, partner.type(), agencyTransfer);
        if (contribution != null && contribution.financial() != null) {
            tier = tier.atLeast(policy.requiredTier(form, partner.type(), contribution.financial()));
        }
        return tier;
    }

    /**
     * Why each blocking partner blocks, one entry per partner.
     *
     * @param signingDate the day the clearances must be valid on, or {@code null} to ignore validity
     */
    static List<String> blockers(Collection<PartnerProfile> partners, Map<PartnerId, PartnerClearance> latest,
                                 Map<PartnerId, VettingTier> required, LocalDate signingDate) {
        List<String> blockers = new ArrayList<>();
        for (PartnerProfile partner : partners) {
            PartnerClearance vetting = latest.get(partner.partnerId());
            VettingTier needed = required.get(partner.partnerId());
            String name = partner.name();
            if (vetting == null) {
                blockers.add(name + ": not vetted, needs a clearance at " + needed);
            } else if (vetting.outcome() == VettingOutcome.REJECTED) {
                blockers.add(name + ": vetting " + vetting.vettingId() + " REJECTED");
            } else if (vetting.outcome() == VettingOutcome.REOPENED) {
                blockers.add(name + ": vetting " + vetting.vettingId() + " REOPENED, pending a new decision");
            } else if (!vetting.tier().covers(needed)) {
                blockers.add(name + ": cleared at " + vetting.tier() + ", needs " + needed);
            } else if (signingDate != null && vetting.validUntil().isBefore(signingDate)) {
                blockers.add(name + ": clearance " + vetting.vettingId() + " expired on " + vetting.validUntil()
                        + ", before signing on " + signingDate);
            }
        }
        return blockers;
    }
}
