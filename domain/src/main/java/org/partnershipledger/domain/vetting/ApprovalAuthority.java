package org.partnershipledger.domain.vetting;

import org.partnershipledger.domain.shared.OfficeLevel;
import org.partnershipledger.domain.shared.VettingTier;

import java.util.Objects;

/**
 * V5: who may decide a vetting at each tier [001 rec. 6.3]. Operators may change it; a decision is judged by the
 * authority in force when it is taken.
 */
public record ApprovalAuthority(Requirement light, Requirement standard, Requirement enhanced) {

    /** LIGHT: a country office or above; STANDARD: a regional office or above; ENHANCED: the HQ committee. */
    public static final ApprovalAuthority DEFAULT = new ApprovalAuthority(
            new Requirement(OfficeLevel.COUNTRY, false),
            new Requirement(OfficeLevel.REGIONAL, false),
            new Requirement(OfficeLevel.HQ, true));

    public ApprovalAuthority {
        Objects.requireNonNull(light, "light is required");
        Objects.requireNonNull(standard, "standard is required");
        Objects.requireNonNull(enhanced, "enhanced is required");
    }

    public Requirement requiredFor(VettingTier tier) {
        return switch (tier) {
            case LIGHT -> light;
            case STANDARD -> standard;
            case ENHANCED -> enhanced;
        };
    }

    /**
     * What an approver needs for one tier.
     *
     * @param minimumLevel          the lowest office level that may decide
     * @param dueDiligenceCommittee whether the approver must also sit on the HQ due diligence committee
     */
    public record Requirement(OfficeLevel minimumLevel, boolean dueDiligenceCommittee) {

        public Requirement {
            Objects.requireNonNull(minimumLevel, "minimumLevel is required");
        }

        public boolean admits(Approver approver) {
            return approver.level().isAtLeast(minimumLevel)
                    && (!dueDiligenceCommittee || approver.dueDiligenceCommittee());
        }

        @Override
        public String toString() {
            if (dueDiligenceCommittee) {
                return minimumLevel == OfficeLevel.HQ ? "the HQ due diligence committee"
                        : "a due diligence committee member of a " + minimumLevel + " office or above";
            }
            return "an approver of a " + minimumLevel + " office or above";
        }
    }
}
