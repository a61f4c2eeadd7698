package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.shared.OfficeLevel;
import org.partnershipledger.domain.shared.VettingTier;

import java.util.Objects;

/**
 * Who may decide a vetting (V5), as the queue shows it, following the default approval authority
 * ({@code ApprovalAuthority.DEFAULT}): a country-office approver or above for LIGHT, a regional-office approver or
 * above for STANDARD, the HQ due diligence committee for ENHANCED.
 */
public enum RequiredAuthority {
    COUNTRY_OFFICE_APPROVER(OfficeLevel.COUNTRY, false),
    REGIONAL_OFFICE_APPROVER(OfficeLevel.REGIONAL, false),
    HQ_DUE_DILIGENCE_COMMITTEE(OfficeLevel.HQ, true);

    private final OfficeLevel minimumLevel;
    private final boolean dueDiligenceCommittee;

    RequiredAuthority(OfficeLevel minimumLevel, boolean dueDiligenceCommittee) {
        this.minimumLevel = minimumLevel;
        this.dueDiligenceCommittee = dueDiligenceCommittee;
    }

    public static RequiredAuthority forTier(VettingTier tier) {
        Objects.requireNonNull(tier, "tier is required");
        return switch (tier) {
            case LIGHT -> COUNTRY_OFFICE_APPROVER;
            case STANDARD -> REGIONAL_OFFICE_APPROVER;
            case ENHANCED -> HQ_DUE_DILIGENCE_COMMITTEE;
        };
    }

    /** The lowest office level that may decide. */
    public OfficeLevel minimumLevel() {
        return minimumLevel;
    }

    /** Whether the approver must also sit on the HQ due diligence committee. */
    public boolean dueDiligenceCommittee() {
        return dueDiligenceCommittee;
    }
}
