package org.partnershipledger.domain.partnership;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.partnership.commands.ConcludeAgreement;
import org.partnershipledger.domain.partnership.commands.ConcludePartnership;
import org.partnershipledger.domain.partnership.events.AgreementConcluded;
import org.partnershipledger.domain.partnership.events.AgreementCycleRenewed;
import org.partnershipledger.domain.partnership.events.PartnershipReturnedToProposed;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.startsWith;
import static org.partnershipledger.domain.partnership.PartnershipTestData.*;
import static org.partnershipledger.domain.shared.VettingTier.STANDARD;

/** P9: conclusion with a participatory final evaluation and sustainability measures; renewal starts a new cycle. */
class ConclusionTest {

    private static final LocalDate CONCLUDED_ON = LocalDate.of(2027, 3, 31);
    private static final LocalDate RENEWAL_SIGNED_ON = LocalDate.of(2027, 4, 15);

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void a_partnership_is_concluded_with_its_final_evaluation_and_sustainability_measures() {
        ConcludePartnership sustain = conclude(NextStep.SUSTAIN);

        fixture.given(agreedHistory(TOSTAN))
               .when(sustain)
               .expectSuccessfulHandlerExecution()
               .expectEvents(concluded(sustain, 1));
    }

    @Test
    void a_partnership_under_correction_can_be_concluded_when_its_duration_is_over() {
        fixture.given(underCorrectionHistory())
               .when(conclude(NextStep.CLOSE))
               .expectEvents(concluded(conclude(NextStep.CLOSE), 1));
    }

    @Test
    void renewal_concludes_the_cycle_and_starts_a_new_one_back_at_vetted() {
        ConcludePartnership renew = conclude(NextStep.RENEW);

        fixture.given(agreedHistory(TOSTAN))
               .when(renew)
               .expectEvents(concluded(renew, 1), new AgreementCycleRenewed(ID, 2, CONCLUDED_ON));
    }

    @Test
    void after_renewal_a_new_agreement_is_concluded_as_the_second_cycle() {
        LocalDate renewedClearance = LocalDate.of(2029, 4, 30);

        fixture.given(history(renewedHistory(), cleared(TOSTAN, STANDARD, STANDARD, renewedClearance)))
               .when(new ConcludeAgreement(ID, RENEWAL_SIGNED_ON, formalTerms(TOSTAN)))
               .expectEvents(new AgreementConcluded(ID, 2, PartnershipForm.FORMAL_PARTNERSHIP, RENEWAL_SIGNED_ON,
                       formalTerms(TOSTAN), TRANSFER, false, List.of(new PartnerClearance(TOSTAN.partnerId(),
                       vettingId(TOSTAN), VettingOutcome.CLEARED, STANDARD, STANDARD, renewedClearance))));
    }

    @Test
    void after_renewal_the_clearances_are_checked_again_on_the_new_signing_date() {
        fixture.given(renewedHistory())
               .when(new ConcludeAgreement(ID, RENEWAL_SIGNED_ON, formalTerms(TOSTAN)))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P3,
                       "Tostan: clearance v-tostan expired on 2027-01-31, before signing on 2027-04-15"));
    }

    @Test
    void a_renewal_while_a_vetting_is_reopened_goes_back_to_proposed() {
        ConcludePartnership renew = conclude(NextStep.RENEW);

        fixture.given(history(agreedHistory(TOSTAN), outcome(TOSTAN, VettingOutcome.REOPENED, STANDARD, STANDARD)))
               .when(renew)
               .expectEvents(concluded(renew, 1), new AgreementCycleRenewed(ID, 2, CONCLUDED_ON),
                       new PartnershipReturnedToProposed(ID, List.of(TOSTAN.partnerId()),
                               "renewal: not every partner holds a sufficient clearance"));
    }

    @Test
    void only_an_agreed_partnership_is_concluded() {
        fixture.given(vettedHistory(formalProposal(TOSTAN)))
               .when(conclude(NextStep.CLOSE))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P9: only an agreed partnership is concluded; the partnership is VETTED");
    }

    @Test
    void a_conclusion_missing_parts_is_refused_naming_each() {
        ConcludePartnership thin = new ConcludePartnership(ID,
                new FinalEvaluation(List.of(TOSTAN.partnerId()), List.of(), List.of(" ")), List.of(),
                NextStep.CLOSE, CONCLUDED_ON);

        fixture.given(agreedHistory(TOSTAN, UCAD))
               .when(thin)
               .expectNoEvents()
               .expectException(violationNaming(Rule.P9, "participation of partner Université Cheikh Anta Diop",
                       "findings", "lessons", "sustainabilityMeasures"))
               .expectExceptionMessage(startsWith("P9: a conclusion needs a participatory final evaluation"));
    }

    @Test
    void a_conclusion_without_a_final_evaluation_is_refused() {
        fixture.given(agreedHistory(TOSTAN))
               .when(new ConcludePartnership(ID, null, List.of("Hand over"), NextStep.CLOSE, CONCLUDED_ON))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P9, "finalEvaluation"));
    }

    @Test
    void an_evaluation_participant_who_is_not_a_partner_is_refused() {
        FinalEvaluation withStranger = new FinalEvaluation(List.of(TOSTAN.partnerId(), new PartnerId("nobody")),
                List.of("findings"), List.of("lessons"));

        fixture.given(agreedHistory(TOSTAN))
               .when(new ConcludePartnership(ID, withStranger, List.of("Hand over"), NextStep.CLOSE, CONCLUDED_ON))
               .expectNoEvents()
               .expectException(violationNaming(Rule.P9, "unknown participant nobody"));
    }

    private static List<Object> renewedHistory() {
        return history(agreedHistory(TOSTAN), concluded(conclude(NextStep.RENEW), 1),
                new AgreementCycleRenewed(ID, 2, CONCLUDED_ON));
    }
}
