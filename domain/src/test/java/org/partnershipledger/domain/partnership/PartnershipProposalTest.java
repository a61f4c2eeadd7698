package org.partnershipledger.domain.partnership;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.partnership.commands.ProposePartnership;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.UserId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.startsWith;

class PartnershipProposalTest {

    private static final PartnershipId ID = new PartnershipId("p-1");
    private static final OfficeCode CO_SEN = new OfficeCode("CO-SEN");
    private static final UserId OFFICER = new UserId("officer");

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
        fixture.registerInjectableResource(PartnershipPolicy.DEFAULT);
    }

    @Test
    void a_formal_partnership_with_a_transfer_is_proposed() {
        ProposePartnership command = propose(PartnershipForm.FORMAL_PARTNERSHIP, Money.of("250000", "USD"), List.of(tostan()));

        fixture.givenNoPriorActivity()
               .when(command)
               .expectSuccessfulHandlerExecution()
               .expectEvents(new PartnershipProposed(ID, command.title(), command.purpose(), command.form(),
                       command.agencyRole(), command.scope(), command.transfer(), command.partners(), CO_SEN, OFFICER));
    }

    @Test
    void a_collaborative_relationship_without_funds_is_proposed() {
        fixture.givenNoPriorActivity()
               .when(propose(PartnershipForm.COLLABORATIVE_RELATIONSHIP, null, List.of(tostan())))
               .expectSuccessfulHandlerExecution()
               .expectEventsMatching(exactSequenceOf(
                       messageWithPayload(
                               instanceOf(PartnershipProposed.class)),
                       andNoMore()));
    }

    @Test
    void P1_a_collaborative_relationship_that_transfers_funds_is_refused() {
        fixture.givenNoPriorActivity()
               .when(propose(PartnershipForm.COLLABORATIVE_RELATIONSHIP, Money.of("5000", "USD"), List.of(tostan())))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(startsWith("P1: a collaborative relationship transfers no funds"));
    }

    @Test
    void P2_a_proposal_without_partners_is_refused() {
        fixture.givenNoPriorActivity()
               .when(propose(PartnershipForm.FORMAL_PARTNERSHIP, null, Collections.emptyList()))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P2: a partnership needs at least one partner");
    }

    @Test
    void P2_more_active_partners_than_the_policy_allows_are_refused() {
        List<PartnerProfile> seven = IntStream.rangeClosed(1, 7)
                .mapToObj(i -> partner("Partner " + i, EngagementLevel.ACTIVE)).toList();

        fixture.givenNoPriorActivity()
               .when(propose(PartnershipForm.FORMAL_PARTNERSHIP, null, seven))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage(containsString("at most 6 partners may be ACTIVE"));
    }

    @Test
    void P2_partners_beyond_the_active_cap_may_join_as_advisory() {
        List<PartnerProfile> partners = new ArrayList<>(IntStream.rangeClosed(1, 6)
                .mapToObj(i -> partner("Partner " + i, EngagementLevel.ACTIVE)).toList());
        partners.add(partner("Adviser", EngagementLevel.ADVISORY));

        fixture.givenNoPriorActivity()
               .when(propose(PartnershipForm.FORMAL_PARTNERSHIP, null, partners))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_proposal_states_its_title_and_purpose() {
        assertThatThrownBy(() -> new ProposePartnership(ID, " ", "purpose", PartnershipForm.FORMAL_PARTNERSHIP,
                AgencyRole.PARTNER, Scope.NATIONAL, null, List.of(tostan()), CO_SEN, OFFICER))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("title is required");
    }

    @Test
    void a_rule_violation_names_its_rule_apart_from_the_detail() {
        RuleViolation violation = new RuleViolation(Rule.P4, "missing parts", List.of("objectives"));

        assertThat(violation.rule()).isEqualTo(Rule.P4);
        assertThat(violation.detail()).isEqualTo("missing parts");
        assertThat(violation.violations()).containsExactly("objectives");
    }

    private static ProposePartnership propose(PartnershipForm form, Money transfer, List<PartnerProfile> partners) {
        return new ProposePartnership(ID, "Community-led abandonment of harmful practices",
                "Support community-led programmes", form, AgencyRole.PARTNER, Scope.NATIONAL, transfer, partners,
                CO_SEN, OFFICER);
    }

    private static PartnerProfile tostan() {
        return new PartnerProfile(new PartnerId("tostan"), "Tostan", PartnerType.CSO, "SN", null, EngagementLevel.ACTIVE);
    }

    private static PartnerProfile partner(String name, EngagementLevel engagement) {
        return new PartnerProfile(new PartnerId(name), name, PartnerType.CSO, "SN", null, engagement);
    }
}
