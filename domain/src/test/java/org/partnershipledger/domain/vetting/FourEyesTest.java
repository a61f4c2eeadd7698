package org.partnershipledger.domain.vetting;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.events.VettingDecided;

import java.util.List;

import static org.partnershipledger.domain.vetting.AssessmentResult.MET;
import static org.partnershipledger.domain.vetting.Criterion.CONFLICT_OF_INTEREST;
import static org.partnershipledger.domain.vetting.Criterion.SANCTIONS;
import static org.partnershipledger.domain.vetting.ReopeningReason.OTHER;
import static org.partnershipledger.domain.vetting.VettingDecision.CLEARED;
import static org.partnershipledger.domain.vetting.VettingDecision.REJECTED;
import static org.partnershipledger.domain.vetting.VettingTestData.*;

/**
 * V6: whoever decides neither proposed the partnership nor prepared the vetting (assessed a criterion, dismissed
 * a screening match, rated the risk), at any time; the refusal names each part the approver played.
 */
class FourEyesTest {

    private static final VettingTier TIER = VettingTier.ENHANCED;
    /** A committee member who could decide an ENHANCED vetting, were it not for what they did in it. */
    private static final Approver MEMBER = Approver.of(PROPOSER, new OfficeCode("HQ"), true);
    private static final Approver ASSESSING_MEMBER = Approver.of(OFFICER, new OfficeCode("HQ"), true);
    private static final Approver RATING_MEMBER = Approver.of(ANALYST, new OfficeCode("HQ"), true);

    private FixtureConfiguration<Vetting> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void an_approver_who_neither_proposed_nor_prepared_decides() {
        fixture.given(readyToDecide(TIER))
               .when(decide(CLEARED, COMMITTEE))
               .expectEvents(cleared(TIER));
    }

    @Test
    void an_approver_who_assessed_a_criterion_cannot_decide() {
        fixture.given(history(opened(TIER), screened(), allMet(TIER, CONFLICT_OF_INTEREST),
                       assessedBy(COMMITTEE.userId(), CONFLICT_OF_INTEREST, MET), ratedLow()))
               .when(decide(CLEARED, COMMITTEE))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V6, "assessed criterion CONFLICT_OF_INTEREST"))
               .expectExceptionMessage("V6: four eyes: committee assessed criterion CONFLICT_OF_INTEREST, and may "
                       + "not also decide this vetting; another approver must decide");
    }

    @Test
    void an_assessor_whose_assessment_was_replaced_still_cannot_decide() {
        fixture.given(history(opened(TIER), screened(), assessedBy(COMMITTEE.userId(), SANCTIONS, MET),
                       allMet(TIER), ratedLow()))
               .when(decide(CLEARED, COMMITTEE))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V6, "assessed criterion SANCTIONS"));
    }

    @Test
    void an_assessor_before_a_reopening_still_cannot_decide_after_it() {
        fixture.given(history(opened(TIER), screened(), allMet(TIER, SANCTIONS),
                       assessedBy(COMMITTEE.userId(), SANCTIONS, MET), ratedLow(), cleared(TIER),
                       reopened(TIER, OTHER, CLEARED), ratedLow()))
               .when(decide(CLEARED, COMMITTEE))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V6, "assessed criterion SANCTIONS"));
    }

    @Test
    void the_proposer_of_the_partnership_cannot_decide() {
        fixture.given(readyToDecide(TIER))
               .when(decide(CLEARED, MEMBER))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V6, "proposed partnership p-1"))
               .expectExceptionMessage("V6: four eyes: proposer proposed partnership p-1, and may not also decide "
                       + "this vetting; another approver must decide");
    }

    @Test
    void an_approver_who_dismissed_a_screening_match_cannot_decide() {
        fixture.given(history(opened(TIER), screened(SONATEL_TRADING),
                       dismissedBy(COMMITTEE.userId(), SONATEL_TRADING), allMet(TIER), ratedLow()))
               .when(decide(CLEARED, COMMITTEE))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V6, "dismissed screening match KPe.001"));
    }

    @Test
    void an_approver_who_rated_the_risk_cannot_decide() {
        fixture.given(readyToDecide(TIER))
               .when(decide(CLEARED, RATING_MEMBER))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V6, "rated the risk"))
               .expectExceptionMessage(refusal(Rule.V6, "analyst rated the risk"));
    }

    @Test
    void the_refusal_names_every_part_the_approver_played() {
        fixture.given(history(opened(TIER), screened(), allMet(TIER, SANCTIONS), assessedBy(PROPOSER, SANCTIONS, MET),
                       ratedBy(PROPOSER, 2, 2, RiskBand.LOW)))
               .when(decide(CLEARED, MEMBER))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V6, "proposed partnership p-1", "assessed criterion SANCTIONS",
                       "rated the risk"))
               .expectExceptionMessage("V6: four eyes: proposer proposed partnership p-1, assessed criterion "
                       + "SANCTIONS, rated the risk, and may not also decide this vetting; another approver must "
                       + "decide");
    }

    @Test
    void four_eyes_applies_to_a_rejection_too() {
        fixture.given(readyToDecide(TIER))
               .when(decide(REJECTED, ASSESSING_MEMBER))
               .expectNoEvents()
               .expectException(violationNaming(Rule.V6, "assessed criterion SANCTIONS", "assessed criterion "
                       + "HUMAN_RIGHTS", "assessed criterion CORE_VALUES", "assessed criterion GOVERNANCE",
                       "assessed criterion CAPACITY", "assessed criterion REPUTATION",
                       "assessed criterion INDUSTRY_EXCLUSION", "assessed criterion CONFLICT_OF_INTEREST"));
    }

    @Test
    void the_officer_who_opened_the_vetting_without_preparing_it_may_decide_it() {
        Approver openingMember = Approver.of(OFFICER, new OfficeCode("HQ"), true);

        fixture.given(history(opened(TIER), screened(), allMetBy(SECOND_OFFICER, TIER), ratedLow()))
               .when(decide(CLEARED, openingMember))
               .expectEvents(new VettingDecided(ID, PARTNER, PARTNERSHIP, TIER, CLEARED, REASONS, List.of(),
                       RiskBand.LOW, DECIDED_ON, VALID_UNTIL, OFFICER, List.of(PARTNERSHIP)));
    }
}
