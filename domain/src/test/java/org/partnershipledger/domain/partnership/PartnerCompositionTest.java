package org.partnershipledger.domain.partnership;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.partnership.commands.AddPartner;
import org.partnershipledger.domain.partnership.commands.RemovePartner;
import org.partnershipledger.domain.partnership.events.PartnerJoined;
import org.partnershipledger.domain.partnership.events.PartnerLeft;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.partnership.events.PartnershipReturnedToProposed;
import org.partnershipledger.domain.partnership.events.PartnershipVetted;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.VettingTier;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.partnershipledger.domain.partnership.PartnershipTestData.*;

/** P2: partners join and leave only before agreement, within the cap on decision-making partners. */
class PartnerCompositionTest {

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void a_partner_joins_a_proposed_partnership() {
        fixture.given(formalProposal(TOSTAN))
               .when(new AddPartner(ID, UCAD))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new PartnerJoined(ID, UCAD));
    }

    @Test
    void a_partner_joining_a_vetted_partnership_returns_it_to_proposed_as_the_newcomer_is_not_cleared() {
        fixture.given(vettedHistory(formalProposal(TOSTAN)))
               .when(new AddPartner(ID, UCAD))
               .expectEvents(new PartnerJoined(ID, UCAD),
                       new PartnershipReturnedToProposed(ID, List.of(UCAD.partnerId()),
                               "Université Cheikh Anta Diop joined and is not cleared yet"));
    }

    @Test
    void an_active_partner_beyond_the_policy_cap_is_refused() {
        PartnerProfile[] six = IntStream.rangeClosed(1, 6)
                .mapToObj(i -> partner("cso-" + i, "CSO " + i, PartnerType.CSO, EngagementLevel.ACTIVE))
                .toArray(PartnerProfile[]::new);

        fixture.given(formalProposal(six))
               .when(new AddPartner(ID, TOSTAN))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(startsWith("P2: at most 6 partners may be ACTIVE (decision-making) and 6 "
                       + "already are: Tostan may join as PILOT or ADVISORY"));
    }

    @Test
    void an_advisory_partner_may_join_beyond_the_active_cap() {
        PartnerProfile[] six = IntStream.rangeClosed(1, 6)
                .mapToObj(i -> partner("cso-" + i, "CSO " + i, PartnerType.CSO, EngagementLevel.ACTIVE))
                .toArray(PartnerProfile[]::new);

        fixture.given(formalProposal(six))
               .when(new AddPartner(ID, UCAD))
               .expectEvents(new PartnerJoined(ID, UCAD));
    }

    @Test
    void a_partner_already_in_the_partnership_is_refused_by_name() {
        fixture.given(formalProposal(TOSTAN))
               .when(new AddPartner(ID, TOSTAN))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P2: Tostan (tostan) is already a partner of this partnership");
    }

    @Test
    void partners_cannot_join_after_agreement() {
        fixture.given(agreedHistory(TOSTAN))
               .when(new AddPartner(ID, UCAD))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P2: partners can join only before agreement; the partnership is AGREED");
    }

    @Test
    void a_partner_leaves_a_proposed_partnership() {
        fixture.given(formalProposal(TOSTAN, UCAD))
               .when(new RemovePartner(ID, UCAD.partnerId(), "no capacity this year"))
               .expectEvents(new PartnerLeft(ID, UCAD.partnerId(), UCAD.name(), "no capacity this year"));
    }

    @Test
    void when_the_only_uncleared_partner_leaves_the_partnership_becomes_vetted() {
        PartnershipProposed proposal = formalProposal(TOSTAN, UCAD);

        fixture.given(proposal, cleared(TOSTAN, VettingTier.STANDARD, VettingTier.STANDARD))
               .when(new RemovePartner(ID, UCAD.partnerId(), "no capacity this year"))
               .expectEvents(new PartnerLeft(ID, UCAD.partnerId(), UCAD.name(), "no capacity this year"),
                       new PartnershipVetted(ID, List.of(
                               clearance(TOSTAN, VettingTier.STANDARD, VettingTier.STANDARD))));
    }

    @Test
    void the_last_partner_cannot_leave() {
        fixture.given(formalProposal(TOSTAN))
               .when(new RemovePartner(ID, TOSTAN.partnerId(), "pulling out"))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P2: Tostan is the last partner and a partnership needs at least one: "
                       + "withdraw the proposal instead");
    }

    @Test
    void an_unknown_partner_cannot_leave() {
        fixture.given(formalProposal(TOSTAN))
               .when(new RemovePartner(ID, new PartnerId("nobody"), "pulling out"))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P2: no partner nobody in this partnership");
    }

    @Test
    void partners_cannot_leave_after_agreement() {
        fixture.given(agreedHistory(TOSTAN, UCAD))
               .when(new RemovePartner(ID, UCAD.partnerId(), "pulling out"))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(containsString("partners can leave only before agreement"));
    }

    @Test
    void a_departure_states_its_reason() {
        assertThatThrownBy(() -> new RemovePartner(ID, UCAD.partnerId(), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reason is required");
    }
}
