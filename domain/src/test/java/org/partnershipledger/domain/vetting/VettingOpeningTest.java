package org.partnershipledger.domain.vetting;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.TierPolicy;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.commands.OpenVetting;
import org.partnershipledger.domain.vetting.events.VettingOpened;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.domain.vetting.VettingTestData.*;

/** V1: a vetting is opened at the tier the engagement needs and records it. */
class VettingOpeningTest {

    private FixtureConfiguration<Vetting> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @ParameterizedTest
    @EnumSource(VettingTier.class)
    void a_vetting_is_opened_at_the_given_tier_recording_the_criteria_it_must_assess(VettingTier tier) {
        fixture.givenNoPriorActivity()
               .when(open(tier))
               .expectSuccessfulHandlerExecution()
               .expectEvents(opened(tier));
    }

    @Test
    void the_opened_event_names_partner_partnership_and_proposer() {
        fixture.givenNoPriorActivity()
               .when(open(VettingTier.STANDARD))
               .expectEvents(new VettingOpened(ID, PARTNER, "Sonatel", PartnerType.CORPORATE, "SN", PARTNERSHIP,
                       VettingTier.STANDARD, List.of(Criterion.SANCTIONS, Criterion.HUMAN_RIGHTS,
                       Criterion.CORE_VALUES, Criterion.GOVERNANCE, Criterion.CAPACITY), PROPOSER, OFFICER));
    }

    @Test
    void the_tier_comes_from_the_partnerships_tier_policy_a_corporate_partner_receiving_two_million_needs_enhanced() {
        VettingTier tier = TierPolicy.DEFAULT.requiredTier(PartnershipForm.FORMAL_PARTNERSHIP, PartnerType.CORPORATE,
                Money.of("2000000", "USD"));

        fixture.givenNoPriorActivity()
               .when(open(tier))
               .expectEvents(opened(VettingTier.ENHANCED));
    }

    @Test
    void a_vetting_without_a_tier_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new OpenVetting(ID, PARTNER, "Sonatel", PartnerType.CORPORATE, "SN", PARTNERSHIP,
                null, PROPOSER, OFFICER))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tier is required");
    }

    @Test
    void a_vetting_without_the_partnership_proposer_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new OpenVetting(ID, PARTNER, "Sonatel", PartnerType.CORPORATE, "SN", PARTNERSHIP,
                VettingTier.LIGHT, null, OFFICER))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("partnershipProposer is required");
    }

    @Test
    void a_vetting_without_a_partner_name_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new OpenVetting(ID, PARTNER, " ", PartnerType.CORPORATE, "SN", PARTNERSHIP,
                VettingTier.LIGHT, PROPOSER, OFFICER))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("partnerName is required");
    }

    @Test
    void a_vetting_without_an_id_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new OpenVetting(null, PARTNER, "Sonatel", PartnerType.CORPORATE, "SN", PARTNERSHIP,
                VettingTier.LIGHT, PROPOSER, OFFICER))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("vettingId is required");
    }

    @Test
    void a_vetting_id_is_never_blank() {
        assertThatThrownBy(() -> new VettingId(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(VettingId.newId()).isNotEqualTo(VettingId.newId());
    }
}
