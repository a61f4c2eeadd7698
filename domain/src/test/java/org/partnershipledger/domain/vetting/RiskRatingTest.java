package org.partnershipledger.domain.vetting;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.commands.RateRisk;
import org.partnershipledger.domain.vetting.events.RiskRated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.domain.vetting.VettingDecision.CLEARED;
import static org.partnershipledger.domain.vetting.VettingDecision.CLEARED_WITH_CONDITIONS;
import static org.partnershipledger.domain.vetting.VettingDecision.REJECTED;
import static org.partnershipledger.domain.vetting.VettingTestData.*;

/** V4: reputational, fiduciary and performance risk on the heat map; the highest sets the band. */
class RiskRatingTest {

    private static final VettingTier TIER = VettingTier.STANDARD;

    private FixtureConfiguration<Vetting> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @ParameterizedTest
    @CsvSource({"1, LOW", "4, LOW", "5, MEDIUM", "9, MEDIUM", "10, HIGH", "16, HIGH", "17, CRITICAL", "25, CRITICAL"})
    void the_default_heat_map_bands_scores(int score, RiskBand band) {
        assertThat(RiskPolicy.DEFAULT.band(score)).isEqualTo(band);
    }

    @Test
    void a_rating_records_each_risk_the_highest_score_and_its_band() {
        RateRisk rating = new RateRisk(ID, score(2, 3), score(4, 3), score(1, 5), ANALYST);

        fixture.given(opened(TIER))
               .when(rating)
               .expectSuccessfulHandlerExecution()
               .expectEvents(new RiskRated(ID, score(2, 3), score(4, 3), score(1, 5), 12, RiskBand.HIGH, ANALYST));
    }

    @Test
    void the_highest_of_the_three_risks_sets_the_band_whichever_it_is() {
        fixture.given(opened(TIER))
               .when(new RateRisk(ID, score(1, 1), score(1, 1), score(5, 4), ANALYST))
               .expectEvents(new RiskRated(ID, score(1, 1), score(1, 1), score(5, 4), 20, RiskBand.CRITICAL, ANALYST));
    }

    @Test
    void the_bands_follow_the_operators_risk_policy() {
        fixture = fixture(new RiskPolicy(3, 6, 12), VettingPolicy.DEFAULT, ApprovalAuthority.DEFAULT);

        fixture.given(opened(TIER))
               .when(rate(3, 4))
               .expectEvents(rated(3, 4, RiskBand.CRITICAL));
    }

    @Test
    void a_later_rating_replaces_the_earlier_one() {
        fixture.given(history(readyToDecide(TIER), ratedCritical(), ratedLow()))
               .when(clear(TIER))
               .expectEvents(cleared(TIER));
    }

    @Test
    void critical_risk_is_never_cleared() {
        fixture.given(history(readyToDecide(TIER), ratedCritical()))
               .when(clear(TIER))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V4: the risk is CRITICAL, which is never cleared: the partner can only be "
                       + "REJECTED, not CLEARED");
    }

    @Test
    void critical_risk_is_not_cleared_with_conditions_either() {
        fixture.given(history(readyToDecide(TIER), ratedCritical()))
               .when(decide(CLEARED_WITH_CONDITIONS, REGIONAL_APPROVER))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V4: the risk is CRITICAL, which is never cleared: the partner can only be "
                       + "REJECTED, not CLEARED_WITH_CONDITIONS");
    }

    @Test
    void a_partner_at_critical_risk_is_rejected() {
        fixture.given(history(readyToDecide(TIER), ratedCritical()))
               .when(decide(REJECTED, REGIONAL_APPROVER))
               .expectEvents(decided(TIER, REJECTED, RiskBand.CRITICAL));
    }

    @Test
    void high_risk_is_not_cleared_without_conditions() {
        fixture.given(history(readyToDecide(TIER), ratedHigh()))
               .when(clear(TIER))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("V4: the risk is HIGH, which is cleared only with conditions: decide "
                       + "CLEARED_WITH_CONDITIONS");
    }

    @Test
    void high_risk_is_cleared_with_conditions() {
        fixture.given(history(readyToDecide(TIER), ratedHigh()))
               .when(decide(CLEARED_WITH_CONDITIONS, REGIONAL_APPROVER))
               .expectEvents(decided(TIER, CLEARED_WITH_CONDITIONS, RiskBand.HIGH));
    }

    @Test
    void medium_risk_is_cleared_without_conditions() {
        fixture.given(history(readyToDecide(TIER), ratedMedium()))
               .when(clear(TIER))
               .expectEvents(decided(TIER, CLEARED, RiskBand.MEDIUM));
    }

    @Test
    void likelihood_and_impact_run_from_one_to_five() {
        assertThatThrownBy(() -> new RiskScore(0, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("likelihood must be from 1 to 5, was 0");
        assertThatThrownBy(() -> new RiskScore(3, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("impact must be from 1 to 5, was 6");
    }

    @Test
    void a_rating_states_all_three_risks_and_who_rated() {
        assertThatThrownBy(() -> new RateRisk(ID, score(1, 1), null, score(1, 1), ANALYST))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fiduciary is required");
        assertThatThrownBy(() -> new RateRisk(ID, score(1, 1), score(1, 1), score(1, 1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ratedBy is required");
    }

    @Test
    void a_risk_policy_whose_thresholds_do_not_rise_is_refused() {
        assertThatThrownBy(() -> new RiskPolicy(5, 5, 17)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskPolicy(5, 10, 26)).isInstanceOf(IllegalArgumentException.class);
    }
}
