package org.partnershipledger.application.vetting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.application.vetting.queries.FindReusableClearance;
import org.partnershipledger.application.vetting.views.RequiredAuthority;
import org.partnershipledger.application.vetting.views.ReusableClearance;
import org.partnershipledger.application.vetting.views.VettingPartnerView;
import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.partnership.TierPolicy;
import org.partnershipledger.domain.partnership.VettingOutcome;
import org.partnershipledger.domain.partnership.commands.RecordVettingOutcome;
import org.partnershipledger.domain.partnership.events.PartnerJoined;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.ReopeningReason;
import org.partnershipledger.domain.vetting.RiskBand;
import org.partnershipledger.domain.vetting.ScreeningMatch;
import org.partnershipledger.domain.vetting.ScreeningResult;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingId;
import org.partnershipledger.domain.vetting.VettingStatus;
import org.partnershipledger.domain.vetting.commands.OpenVetting;
import org.partnershipledger.domain.vetting.commands.RecordClearanceReuse;
import org.partnershipledger.domain.vetting.commands.RecordSanctionsScreening;
import org.partnershipledger.domain.vetting.events.VettingDecided;
import org.partnershipledger.domain.vetting.events.VettingReopened;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerVettingPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Instant NOW = TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC);
    private static final PartnershipId PARTNERSHIP = new PartnershipId("p-1");
    private static final PartnershipId REUSER = new PartnershipId("p-2");
    private static final UserId PROPOSER = new UserId("officer");
    private static final PartnerProfile COMPANY = partner("sahel-beverages", "Sahel Beverages SA", PartnerType.CORPORATE);
    private static final PartnerProfile TOSTAN = partner("tostan", "Tostan", PartnerType.CSO);

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final StubQueries queries = new StubQueries();
    private final List<String> screened = new ArrayList<>();
    private final Set<VettingId> opened = new HashSet<>();
    private final PartnerVettingPolicy policy = new PartnerVettingPolicy(commands, queries.gateway(),
            (name, country) -> {
                screened.add(name + "/" + country);
                return screeningOf(name);
            }, opened::contains, TierPolicy.DEFAULT, Clock.fixed(NOW, ZoneOffset.UTC));

    // ---- opening ------------------------------------------------------------------------------------------------

    @Test
    void a_proposal_opens_one_vetting_per_partner_at_the_tier_v1_computes_and_screens_each_partner_at_once() {
        policy.on(proposal(usd("2000000"), COMPANY, TOSTAN));

        List<OpenVetting> openings = commands.sent(OpenVetting.class);
        assertThat(openings).containsExactly(
                new OpenVetting(PartnerVettingPolicy.vettingIdFor(PARTNERSHIP, COMPANY.partnerId()),
                        COMPANY.partnerId(), "Sahel Beverages SA", PartnerType.CORPORATE, "SN", PARTNERSHIP,
                        VettingTier.ENHANCED, PROPOSER, PROPOSER),
                new OpenVetting(PartnerVettingPolicy.vettingIdFor(PARTNERSHIP, TOSTAN.partnerId()),
                        TOSTAN.partnerId(), "Tostan", PartnerType.CSO, "SN", PARTNERSHIP, VettingTier.ENHANCED,
                        PROPOSER, PROPOSER));
        assertThat(commands.sent(RecordSanctionsScreening.class)).containsExactly(
                new RecordSanctionsScreening(openings.get(0).vettingId(), screeningOf("Sahel Beverages SA")),
                new RecordSanctionsScreening(openings.get(1).vettingId(), screeningOf("Tostan")));
        assertThat(commands.sent()).as("each vetting is screened right after it opens")
                .extracting(command -> command.getClass().getSimpleName())
                .containsExactly("OpenVetting", "RecordSanctionsScreening", "OpenVetting", "RecordSanctionsScreening");
    }

    @Test
    void the_tier_follows_the_partner_type_and_the_transfer() {
        policy.on(proposal(usd("250000"), TOSTAN));
        policy.on(proposal(PartnershipForm.COLLABORATIVE_RELATIONSHIP, new PartnershipId("p-3"), null, COMPANY));

        assertThat(commands.sent(OpenVetting.class)).extracting(OpenVetting::tier)
                .containsExactly(VettingTier.STANDARD, VettingTier.LIGHT);
    }

    @Test
    void the_clearance_is_asked_for_the_partner_at_the_needed_tier_valid_today() {
        policy.on(proposal(usd("250000"), TOSTAN));

        assertThat(queries.clearanceQuestions())
                .containsExactly(new FindReusableClearance("tostan", VettingTier.STANDARD, TODAY));
    }

    @Test
    void the_vetting_id_is_the_same_for_the_same_partner_of_the_same_partnership_and_differs_otherwise() {
        VettingId id = PartnerVettingPolicy.vettingIdFor(PARTNERSHIP, TOSTAN.partnerId());

        assertThat(PartnerVettingPolicy.vettingIdFor(new PartnershipId("p-1"), new PartnerId("tostan"))).isEqualTo(id);
        assertThat(id.value()).matches("[0-9a-f-]{36}");
        assertThat(PartnerVettingPolicy.vettingIdFor(REUSER, TOSTAN.partnerId())).isNotEqualTo(id);
        assertThat(PartnerVettingPolicy.vettingIdFor(PARTNERSHIP, COMPANY.partnerId())).isNotEqualTo(id);
        assertThat(PartnerVettingPolicy.vettingIdFor(new PartnershipId("p-1:5"), new PartnerId("x")))
                .as("no two pairs spell the same name")
                .isNotEqualTo(PartnerVettingPolicy.vettingIdFor(new PartnershipId("p-1"), new PartnerId("5:x")));
    }

    @Test
    void a_redelivered_proposal_leaves_the_vetting_it_opened_alone() {
        opened.add(PartnerVettingPolicy.vettingIdFor(PARTNERSHIP, TOSTAN.partnerId()));

        policy.on(proposal(usd("250000"), TOSTAN));

        assertThat(commands.sent()).isEmpty();
        assertThat(screened).isEmpty();
    }

    @Test
    void a_joining_partner_is_vetted_at_the_tier_of_the_partnership_its_view_shows() {
        queries.partnership(view(PARTNERSHIP, PartnershipStatus.VETTED, usd("2000000")));

        policy.on(new PartnerJoined(PARTNERSHIP, TOSTAN));

        assertThat(commands.sent(OpenVetting.class)).containsExactly(
                new OpenVetting(PartnerVettingPolicy.vettingIdFor(PARTNERSHIP, TOSTAN.partnerId()),
                        TOSTAN.partnerId(), "Tostan", PartnerType.CSO, "SN", PARTNERSHIP, VettingTier.ENHANCED,
                        PROPOSER, PROPOSER));
        assertThat(screened).containsExactly("Tostan/SN");
    }

    @Test
    void a_joining_partner_of_a_partnership_without_a_view_yet_fails_so_that_the_event_is_retried() {
        assertThatIllegalStateException().isThrownBy(() -> policy.on(new PartnerJoined(PARTNERSHIP, TOSTAN)))
                .withMessageContaining("p-1").withMessageContaining("retried");

        assertThat(commands.sent()).isEmpty();
    }

    // ---- V7: reuse ----------------------------------------------------------------------------------------------

    @Test
    void a_valid_clearance_at_the_needed_tier_is_reused_and_recorded_on_vetting_and_partnership() {
        queries.clearance(new ReusableClearance("v-earlier", "tostan", VettingTier.ENHANCED,
                VettingDecision.CLEARED_WITH_CONDITIONS, TODAY.plusMonths(20), List.of("Quarterly reports")));

        policy.on(proposal(usd("250000"), TOSTAN));

        assertThat(commands.sent()).containsExactly(
                new RecordClearanceReuse(new VettingId("v-earlier"), PARTNERSHIP, VettingTier.STANDARD, TODAY),
                new RecordVettingOutcome(PARTNERSHIP, TOSTAN.partnerId(), "v-earlier",
                        VettingOutcome.CLEARED_WITH_CONDITIONS, VettingTier.ENHANCED, TODAY.plusMonths(20),
                        List.of("Quarterly reports"), true));
        assertThat(screened).isEmpty();
    }

    @Test
    void a_clearance_the_vetting_refuses_to_lend_leaves_the_partner_to_be_vetted() {
        queries.clearance(new ReusableClearance("v-earlier", "tostan", VettingTier.STANDARD, VettingDecision.CLEARED,
                TODAY.plusMonths(20), List.of()));
        commands.refuse(RecordClearanceReuse.class::isInstance,
                new RuleViolation(Rule.V7, "only a standing clearance is reused, and this vetting is REOPENED"));

        policy.on(proposal(usd("250000"), TOSTAN));

        assertThat(commands.sent(RecordVettingOutcome.class)).isEmpty();
        assertThat(commands.sent(OpenVetting.class)).hasSize(1);
        assertThat(commands.sent(RecordSanctionsScreening.class)).hasSize(1);
    }

    @Test
    void a_partner_that_joins_again_finds_its_own_clearance_which_needs_no_reuse() {
        VettingId own = PartnerVettingPolicy.vettingIdFor(PARTNERSHIP, TOSTAN.partnerId());
        queries.partnership(view(PARTNERSHIP, PartnershipStatus.PROPOSED, usd("250000")));
        queries.clearance(new ReusableClearance(own.value(), "tostan", VettingTier.STANDARD, VettingDecision.CLEARED,
                TODAY.plusMonths(20), List.of()));

        policy.on(new PartnerJoined(PARTNERSHIP, TOSTAN));

        assertThat(commands.sent()).containsExactly(new RecordVettingOutcome(PARTNERSHIP, TOSTAN.partnerId(),
                own.value(), VettingOutcome.CLEARED, VettingTier.STANDARD, TODAY.plusMonths(20), List.of(), false));
    }

    // ---- decisions ----------------------------------------------------------------------------------------------

    @Test
    void a_clearance_is_recorded_on_the_partnership_it_was_opened_for_and_as_reused_on_every_other() {
        VettingId vetting = PartnerVettingPolicy.vettingIdFor(PARTNERSHIP, TOSTAN.partnerId());

        policy.on(decided(vetting, VettingDecision.CLEARED_WITH_CONDITIONS, List.of("Quarterly reports"),
                TODAY.plusMonths(24).minusDays(1), List.of(PARTNERSHIP, REUSER)));

        assertThat(commands.sent()).containsExactly(
                new RecordVettingOutcome(PARTNERSHIP, TOSTAN.partnerId(), vetting.value(),
                        VettingOutcome.CLEARED_WITH_CONDITIONS, VettingTier.STANDARD, TODAY.plusMonths(24).minusDays(1),
                        List.of("Quarterly reports"), false),
                new RecordVettingOutcome(REUSER, TOSTAN.partnerId(), vetting.value(),
                        VettingOutcome.CLEARED_WITH_CONDITIONS, VettingTier.STANDARD, TODAY.plusMonths(24).minusDays(1),
                        List.of("Quarterly reports"), true));
    }

    @Test
    void a_rejection_is_recorded_on_every_relying_partnership() {
        VettingId vetting = PartnerVettingPolicy.vettingIdFor(PARTNERSHIP, TOSTAN.partnerId());

        policy.on(decided(vetting, VettingDecision.REJECTED, List.of(), null, List.of(PARTNERSHIP, REUSER)));

        assertThat(commands.sent(RecordVettingOutcome.class))
                .extracting(RecordVettingOutcome::partnershipId, RecordVettingOutcome::outcome,
                        RecordVettingOutcome::reusedClearance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PARTNERSHIP, VettingOutcome.REJECTED, false),
                        org.assertj.core.groups.Tuple.tuple(REUSER, VettingOutcome.REJECTED, false));
    }

    @Test
    void a_partnership_that_refuses_an_outcome_is_logged_and_does_not_keep_the_others_from_hearing_it() {
        commands.refuse(command -> command instanceof RecordVettingOutcome outcome
                        && outcome.partnershipId().equals(PARTNERSHIP),
                new RuleViolation(Rule.P10, "the partnership is DISCONTINUED and accepts only record corrections"));

        policy.on(decided(new VettingId("v-1"), VettingDecision.CLEARED, List.of(), TODAY.plusYears(2),
                List.of(PARTNERSHIP, REUSER)));

        assertThat(commands.sent(RecordVettingOutcome.class)).extracting(RecordVettingOutcome::partnershipId)
                .containsExactly(PARTNERSHIP, REUSER);
    }

    @Test
    void a_failure_that_is_no_business_refusal_propagates_so_that_the_event_is_retried() {
        IllegalStateException outage = new IllegalStateException("connection refused");
        commands.refuse(RecordVettingOutcome.class::isInstance, outage);

        assertThatThrownBy(() -> policy.on(decided(new VettingId("v-1"), VettingDecision.CLEARED, List.of(),
                TODAY.plusYears(2), List.of(PARTNERSHIP)))).isSameAs(outage);
    }

    // ---- V8: reopening ------------------------------------------------------------------------------------------

    @Test
    void a_reopening_blocks_every_relying_partnership_naming_the_tier_of_the_vetting() {
        VettingId vetting = new VettingId("v-1");
        queries.vetting(vettingView(vetting, VettingTier.STANDARD));

        policy.on(reopened(vetting, ReopeningReason.ADVERSE_MEDIA, false, List.of(PARTNERSHIP, REUSER)));

        assertThat(commands.sent()).containsExactly(
                new RecordVettingOutcome(PARTNERSHIP, TOSTAN.partnerId(), "v-1", VettingOutcome.REOPENED,
                        VettingTier.STANDARD, null, List.of(), false),
                new RecordVettingOutcome(REUSER, TOSTAN.partnerId(), "v-1", VettingOutcome.REOPENED,
                        VettingTier.STANDARD, null, List.of(), false));
        assertThat(screened).isEmpty();
    }

    @Test
    void a_reopening_on_a_sanctions_listing_screens_the_partner_again_under_the_name_it_was_vetted_under() {
        VettingId vetting = new VettingId("v-1");
        queries.vetting(vettingView(vetting, VettingTier.LIGHT));

        policy.on(reopened(vetting, ReopeningReason.SANCTIONS_LISTING, true, List.of(PARTNERSHIP)));

        assertThat(commands.sent()).containsExactly(
                new RecordVettingOutcome(PARTNERSHIP, TOSTAN.partnerId(), "v-1", VettingOutcome.REOPENED,
                        VettingTier.LIGHT, null, List.of(), false),
                new RecordSanctionsScreening(vetting, screeningOf("Tostan")));
        assertThat(screened).containsExactly("Tostan/SN");
    }

    @Test
    void a_partnership_that_has_ended_refuses_the_reopening_and_the_others_still_hear_it() {
        queries.vetting(vettingView(new VettingId("v-1"), VettingTier.STANDARD));
        commands.refuse(command -> command instanceof RecordVettingOutcome outcome
                        && outcome.partnershipId().equals(PARTNERSHIP),
                new RuleViolation(Rule.P10, "the partnership is CONCLUDED and accepts only record corrections"));

        policy.on(reopened(new VettingId("v-1"), ReopeningReason.ADVERSE_MEDIA, false, List.of(PARTNERSHIP, REUSER)));

        assertThat(commands.sent(RecordVettingOutcome.class)).extracting(RecordVettingOutcome::partnershipId)
                .containsExactly(PARTNERSHIP, REUSER);
    }

    @Test
    void a_reopening_of_a_vetting_without_a_view_yet_fails_so_that_the_event_is_retried() {
        assertThatIllegalStateException().isThrownBy(() -> policy.on(
                        reopened(new VettingId("v-1"), ReopeningReason.OTHER, false, List.of(PARTNERSHIP))))
                .withMessageContaining("v-1").withMessageContaining("retried");

        assertThat(commands.sent()).isEmpty();
    }

    // ---- replay ---------------------------------------------------------------------------------------------------

    @Test
    void the_policy_belongs_to_the_vetting_process_group() {
        assertThat(PartnerVettingPolicy.class.getAnnotation(ProcessingGroup.class).value())
                .isEqualTo("vetting-process");
    }

    @Test
    void a_replayed_event_vets_nobody_while_a_live_one_does() throws Exception {
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(policy);
        TrackingToken replaying = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(10),
                new GlobalSequenceTrackingToken(1));

        adapter.handle(new GenericTrackedEventMessage<>(replaying,
                GenericEventMessage.asEventMessage(proposal(usd("250000"), TOSTAN))));
        assertThat(commands.sent()).isEmpty();
        assertThat(adapter.supportsReset()).isFalse();

        adapter.handle(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(11),
                GenericEventMessage.asEventMessage(proposal(usd("250000"), TOSTAN))));
        assertThat(commands.sent(OpenVetting.class)).hasSize(1);
    }

    // ---- test data ------------------------------------------------------------------------------------------------

    private static PartnershipProposed proposal(Money transfer, PartnerProfile... partners) {
        return proposal(PartnershipForm.FORMAL_PARTNERSHIP, PARTNERSHIP, transfer, partners);
    }

    private static PartnershipProposed proposal(PartnershipForm form, PartnershipId id, Money transfer,
                                                PartnerProfile... partners) {
        return new PartnershipProposed(id, "Title", "Purpose", form, AgencyRole.PARTNER, Scope.NATIONAL, transfer,
                List.of(partners), new OfficeCode("CO-SEN"), PROPOSER);
    }

    private static VettingDecided decided(VettingId vetting, VettingDecision decision, List<String> conditions,
                                          LocalDate validUntil, List<PartnershipId> reliedOnBy) {
        return new VettingDecided(vetting, TOSTAN.partnerId(), PARTNERSHIP, VettingTier.STANDARD, decision,
                List.of("Reasons"), conditions, RiskBand.MEDIUM, TODAY, validUntil, new UserId("approver-regional"),
                reliedOnBy);
    }

    private static VettingReopened reopened(VettingId vetting, ReopeningReason reason, boolean newScreening,
                                            List<PartnershipId> affected) {
        return new VettingReopened(vetting, TOSTAN.partnerId(), reason, "New information", new UserId("vetter"),
                VettingDecision.CLEARED, newScreening, newScreening ? List.of(Criterion.SANCTIONS) : List.of(),
                affected);
    }

    private static PartnershipView view(PartnershipId id, PartnershipStatus status, Money transfer) {
        return new PartnershipView(id.value(), 3, "Title", "Purpose", PartnershipForm.FORMAL_PARTNERSHIP,
                AgencyRole.PARTNER, Scope.NATIONAL, transfer, status, "CO-SEN", PROPOSER.value(), NOW, NOW, List.of(),
                List.of(), 1, null, null, List.of(), null, null, null, List.of(), null, null, null, List.of(),
                List.of());
    }

    private static org.partnershipledger.application.vetting.views.VettingView vettingView(VettingId id,
                                                                                           VettingTier tier) {
        return new org.partnershipledger.application.vetting.views.VettingView(id.value(), 5,
                new VettingPartnerView("tostan", "Tostan", PartnerType.CSO, "SN"), PARTNERSHIP.value(), tier,
                RequiredAuthority.forTier(tier), VettingStatus.REOPENED, List.of(), List.of(), null, null, List.of(),
                List.of(), List.of(), PROPOSER.value(), NOW, NOW);
    }

    private static PartnerProfile partner(String id, String name, PartnerType type) {
        return new PartnerProfile(new PartnerId(id), name, type, "SN", null, EngagementLevel.ACTIVE);
    }

    private static ScreeningResult screeningOf(String name) {
        return new ScreeningResult("Test list", "2026-11-01", NOW, 0.88, name, name.startsWith("Sahel")
                ? List.of(new ScreeningMatch("ZZe.001", "ENTITY", "SAHEL BEVERAGES", name, 0.9, List.of()))
                : List.of());
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
