package org.partnershipledger.domain.shared;

/** How deep the due diligence on a partner goes (V1, V2); a deeper tier covers every shallower one. */
public enum VettingTier {
    /** Sanctions, human rights and core values only: collaborative relationships and small-scale funding. */
    LIGHT,
    /** LIGHT plus governance and capacity: the default for engagements that transfer resources. */
    STANDARD,
    /** STANDARD plus reputation, industry exclusion and conflict of interest: private-sector money or large transfers. */
    ENHANCED;

    /** Whether a clearance at this tier is enough for an engagement that needs {@code needed}. */
    public boolean covers(VettingTier needed) {
        return compareTo(needed) >= 0;
    }

    /** The deeper of the two tiers. */
    public VettingTier atLeast(VettingTier other) {
        return covers(other) ? this : other;
    }
}
