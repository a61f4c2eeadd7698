package org.partnershipledger.application.vetting.views;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.ApprovalAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class RequiredAuthorityTest {

    @ParameterizedTest
    @EnumSource(VettingTier.class)
    void the_authority_shown_for_a_tier_is_the_default_approval_authority_of_v5(VettingTier tier) {
        ApprovalAuthority.Requirement requirement = ApprovalAuthority.DEFAULT.requiredFor(tier);

        RequiredAuthority shown = RequiredAuthority.forTier(tier);

        assertThat(shown.minimumLevel()).isEqualTo(requirement.minimumLevel());
        assertThat(shown.dueDiligenceCommittee()).isEqualTo(requirement.dueDiligenceCommittee());
    }

    @ParameterizedTest
    @EnumSource(VettingTier.class)
    void each_tier_has_an_authority_of_its_own(VettingTier tier) {
        assertThat(RequiredAuthority.forTier(tier).ordinal()).isEqualTo(tier.ordinal());
    }
}
