package org.partnershipledger.domain.vetting;

import org.partnershipledger.domain.shared.VettingTier;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What due diligence looks at (V2) [000 §46; 001 rec. 1.2, 6.3]. Each criterion belongs to the tier that introduces
 * it and to every deeper tier; the exclusionary ones force rejection when not met (V3).
 */
public enum Criterion {
    /** Not on a UN sanctions list. */
    SANCTIONS(VettingTier.LIGHT, true),
    /** Not involved or complicit in human rights violations, child labour included. */
    HUMAN_RIGHTS(VettingTier.LIGHT, true),
    /** Shares the values of the United Nations. */
    CORE_VALUES(VettingTier.LIGHT, false),
    /** Transparency, accountability, sound financial management. */
    GOVERNANCE(VettingTier.STANDARD, false),
    /** Skills and resources that complement the agency's. */
    CAPACITY(VettingTier.STANDARD, false),
    REPUTATION(VettingTier.ENHANCED, false),
    /** Not in an industry the agency excludes from partnership. */
    INDUSTRY_EXCLUSION(VettingTier.ENHANCED, false),
    CONFLICT_OF_INTEREST(VettingTier.ENHANCED, false);

    private final VettingTier introducedAt;
    private final boolean exclusionary;

    Criterion(VettingTier introducedAt, boolean exclusionary) {
        this.introducedAt = introducedAt;
        this.exclusionary = exclusionary;
    }

    /** The criteria a vetting at {@code tier} must assess, in catalogue order. */
    public static List<Criterion> requiredFor(VettingTier tier) {
        Objects.requireNonNull(tier, "tier is required");
        return Arrays.stream(values()).filter(c -> tier.covers(c.introducedAt)).toList();
    }

    /** V3: not meeting this criterion forces rejection. */
    public boolean isExclusionary() {
        return exclusionary;
    }
}
