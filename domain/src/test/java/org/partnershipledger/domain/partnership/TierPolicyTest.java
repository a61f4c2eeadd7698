package org.partnershipledger.domain.partnership;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnershipledger.domain.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.domain.partnership.PartnershipForm.COLLABORATIVE_RELATIONSHIP;
import static org.partnershipledger.domain.partnership.PartnershipForm.FORMAL_PARTNERSHIP;
import static org.partnershipledger.domain.shared.VettingTier.ENHANCED;
import static org.partnershipledger.domain.shared.VettingTier.LIGHT;
import static org.partnershipledger.domain.shared.VettingTier.STANDARD;

class TierPolicyTest {

    private final TierPolicy policy = TierPolicy.DEFAULT;

    @ParameterizedTest
    @EnumSource(PartnerType.class)
    void a_collaborative_relationship_needs_light_vetting_whoever_the_partner(PartnerType type) {
        assertThat(policy.requiredTier(COLLABORATIVE_RELATIONSHIP, type, null)).isEqualTo(LIGHT);
    }

    @Test
    void small_scale_funding_to_a_cso_needs_light_vetting_up_to_the_ceiling() {
        assertThat(policy.requiredTier(FORMAL_PARTNERSHIP, PartnerType.CSO, Money.of("10000", "USD"))).isEqualTo(LIGHT);
        assertThat(policy.requiredTier(FORMAL_PARTNERSHIP, PartnerType.CSO, Money.of("10000.01", "USD")))
                .isEqualTo(STANDARD);
    }

    @Test
    void a_formal_partnership_without_transfer_to_a_non_corporate_partner_needs_light_vetting() {
        assertThat(policy.requiredTier(FORMAL_PARTNERSHIP, PartnerType.KNOWLEDGE, null)).isEqualTo(LIGHT);
    }

    @ParameterizedTest
    @EnumSource(value = PartnerType.class, names = {"CORPORATE", "FOUNDATION"})
    void private_sector_partners_with_any_transfer_need_enhanced_vetting(PartnerType type) {
        assertThat(policy.requiredTier(FORMAL_PARTNERSHIP, type, Money.of("500", "USD"))).isEqualTo(ENHANCED);
    }

    @Test
    void a_corporate_partner_without_transfer_needs_standard_vetting() {
        assertThat(policy.requiredTier(FORMAL_PARTNERSHIP, PartnerType.CORPORATE, Money.of("0", "USD")))
                .isEqualTo(STANDARD);
    }

    @Test
    void any_transfer_above_one_million_needs_enhanced_vetting() {
        assertThat(policy.requiredTier(FORMAL_PARTNERSHIP, PartnerType.UN_ENTITY, Money.of("1000000", "USD")))
                .isEqualTo(STANDARD);
        assertThat(policy.requiredTier(FORMAL_PARTNERSHIP, PartnerType.UN_ENTITY, Money.of("1000000.01", "USD")))
                .isEqualTo(ENHANCED);
    }

    @Test
    void a_medium_transfer_to_a_cso_needs_standard_vetting() {
        assertThat(policy.requiredTier(FORMAL_PARTNERSHIP, PartnerType.CSO, Money.of("250000", "USD")))
                .isEqualTo(STANDARD);
    }

    @Test
    void amounts_in_other_currencies_are_compared_at_face_value() {
        assertThat(policy.requiredTier(FORMAL_PARTNERSHIP, PartnerType.CSO, Money.of("9000", "EUR"))).isEqualTo(LIGHT);
        assertThat(policy.requiredTier(FORMAL_PARTNERSHIP, PartnerType.CSO, Money.of("2000000", "XOF")))
                .isEqualTo(ENHANCED);
    }

    @Test
    void thresholds_are_configurable() {
        TierPolicy strict = new TierPolicy(Money.of("1000", "USD"), Money.of("50000", "USD"));

        assertThat(strict.requiredTier(FORMAL_PARTNERSHIP, PartnerType.CSO, Money.of("5000", "USD"))).isEqualTo(STANDARD);
        assertThat(strict.requiredTier(FORMAL_PARTNERSHIP, PartnerType.CSO, Money.of("60000", "USD"))).isEqualTo(ENHANCED);
    }

    @Test
    void a_small_scale_ceiling_above_the_enhanced_threshold_is_refused() {
        assertThatThrownBy(() -> new TierPolicy(Money.of("2000000", "USD"), Money.of("1000000", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("smallScaleFunding");
    }

    @Test
    void a_deeper_tier_covers_a_shallower_one_but_not_the_reverse() {
        assertThat(ENHANCED.covers(STANDARD)).isTrue();
        assertThat(STANDARD.covers(STANDARD)).isTrue();
        assertThat(LIGHT.covers(STANDARD)).isFalse();
        assertThat(LIGHT.atLeast(ENHANCED)).isEqualTo(ENHANCED);
    }
}
