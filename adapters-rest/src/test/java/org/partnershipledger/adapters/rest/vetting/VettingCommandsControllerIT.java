package org.partnershipledger.adapters.rest.vetting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.partnershipledger.adapters.rest.identity.LedgerUser;
import org.partnershipledger.application.identity.Role;
import org.partnershipledger.application.partnership.queries.FindPartnership;
import org.partnershipledger.application.partnership.views.PartnerView;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.application.vetting.SanctionsScreening;
import org.partnershipledger.application.vetting.queries.FindVetting;
import org.partnershipledger.application.vetting.views.RequiredAuthority;
import org.partnershipledger.application.vetting.views.VettingPartnerView;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.partnership.TierPolicy;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.OfficeLevel;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.Approver;
import org.partnershipledger.domain.vetting.AssessmentResult;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.ReopeningReason;
import org.partnershipledger.domain.vetting.RiskScore;
import org.partnershipledger.domain.vetting.ScreeningMatch;
import org.partnershipledger.domain.vetting.ScreeningResult;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingId;
import org.partnershipledger.domain.vetting.VettingStatus;
import org.partnershipledger.domain.vetting.commands.AssessCriterion;
import org.partnershipledger.domain.vetting.commands.DecideVetting;
import org.partnershipledger.domain.vetting.commands.DismissScreeningMatch;
import org.partnershipledger.domain.vetting.commands.OpenVetting;
import org.partnershipledger.domain.vetting.commands.RateRisk;
import org.partnershipledger.domain.vetting.commands.RecordSanctionsScreening;
import org.partnershipledger.domain.vetting.commands.ReopenVetting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The vetting commands in a web slice: a mocked command gateway shows the command each request turns into, a mocked
 * screening port what the list said, and mocked queries the partnership and vetting views the controller reads.
 */
@WebMvcTest
@Import({VettingCommandsController.class, VettingCommandsControllerIT.Beans.class})
class VettingCommandsControllerIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Instant NOW = TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC);
    private static final String VETTING = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";
    private static final String PARTNERSHIP = "0b6c2f4e-5a1d-4c1e-9a53-2f1d6c7e8a90";
    private static final String VETTINGS = "/api/vettings";

    private static final LedgerUser VETTER = staff("vetter", "CO-SEN", Role.VETTING_OFFICER);
    private static final LedgerUser COMMITTEE = staff("committee", "HQ", Role.APPROVER, Role.DUE_DILIGENCE_COMMITTEE);
    private static final LedgerUser REGIONAL = staff("approver-regional", "RO-WCA", Role.APPROVER);

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        TierPolicy tierPolicy() {
            return TierPolicy.DEFAULT;
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    QueryGateway queries;

    @MockitoBean
    SanctionsScreening screening;

    // ---- opening ------------------------------------------------------------------------------------------------

    @Test
    void opening_a_vetting_takes_the_partner_and_proposer_from_the_partnership_and_the_officer_from_the_caller()
            throws Exception {
        partnershipIs(partnership(PartnerType.CORPORATE, "2000000"));

        post(VETTER, VETTINGS, """
                {"partnershipId": "%s", "partnerId": "sahel"}""".formatted(PARTNERSHIP))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(VETTINGS + "/[0-9a-f-]{36}")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.version").value(0));

        OpenVetting opened = sent(OpenVetting.class);
        assertThat(opened).isEqualTo(new OpenVetting(opened.vettingId(), new PartnerId("sahel"), "Sahel Beverages SA",
                PartnerType.CORPORATE, "SN", new PartnershipId(PARTNERSHIP), VettingTier.ENHANCED,
                new UserId("officer"), new UserId("vetter")));
    }

    @Test
    void an_officer_may_vet_deeper_than_the_engagement_needs() throws Exception {
        partnershipIs(partnership(PartnerType.CSO, "5000"));

        post(VETTER, VETTINGS, """
                {"partnershipId": "%s", "partnerId": "sahel", "tier": "STANDARD"}""".formatted(PARTNERSHIP))
                .andExpect(status().isCreated());

        assertThat(sent(OpenVetting.class).tier()).isEqualTo(VettingTier.STANDARD);
    }

    @Test
    void a_tier_below_the_one_the_engagement_needs_answers_422_with_rule_v1() throws Exception {
        partnershipIs(partnership(PartnerType.CORPORATE, "2000000"));

        post(VETTER, VETTINGS, """
                {"partnershipId": "%s", "partnerId": "sahel", "tier": "LIGHT"}""".formatted(PARTNERSHIP))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("V1"))
                .andExpect(jsonPath("$.detail", containsString("ENHANCED")));

        verifyNoInteractions(commands);
    }

    @Test
    void opening_a_vetting_for_someone_who_is_no_partner_of_the_partnership_answers_404() throws Exception {
        partnershipIs(partnership(PartnerType.CSO, "5000"));

        post(VETTER, VETTINGS, """
                {"partnershipId": "%s", "partnerId": "somebody-else"}""".formatted(PARTNERSHIP))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("somebody-else")));

        verifyNoInteractions(commands);
    }

    @Test
    void opening_a_vetting_without_a_partner_answers_400_naming_the_field() throws Exception {
        post(VETTER, VETTINGS, """
                {"partnershipId": "%s"}""".formatted(PARTNERSHIP))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.partnerId").exists());
    }

    // ---- screening ----------------------------------------------------------------------------------------------

    @Test
    void a_screening_screens_the_name_the_vetting_was_opened_with_and_answers_what_the_list_said() throws Exception {
        vettingIs(VETTING, "Brindlemoor Humanitarian Releif Fondation", "GB");
        ScreeningResult result = new ScreeningResult("UN Security Council Consolidated List", "2026-10-01", NOW, 0.88,
                "Brindlemoor Humanitarian Releif Fondation", List.of(new ScreeningMatch("ZZe.003", "ENTITY",
                "BRINDLEMOOR HUMANITARIAN RELIEF FOUNDATION", "BRINDLEMOOR HUMANITARIAN RELIEF FOUNDATION", 0.987,
                List.of())));
        when(screening.screen("Brindlemoor Humanitarian Releif Fondation", "GB")).thenReturn(result);
        aggregateAnswersVersion(1);

        mvc.perform(MockMvcRequestBuilders.post(VETTINGS + "/" + VETTING + "/screenings").with(user(VETTER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", VETTINGS + "/" + VETTING))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.listVersion").value("2026-10-01"))
                .andExpect(jsonPath("$.matches[0].entryReference").value("ZZe.003"))
                .andExpect(jsonPath("$.matches[0].score").value(0.987));

        assertThat(sent(RecordSanctionsScreening.class))
                .isEqualTo(new RecordSanctionsScreening(new VettingId(VETTING), result));
    }

    @Test
    void screening_a_vetting_that_is_not_there_answers_404_and_screens_nobody() throws Exception {
        when(queries.query(any(FindVetting.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.empty()));

        mvc.perform(MockMvcRequestBuilders.post(VETTINGS + "/" + VETTING + "/screenings").with(user(VETTER)))
                .andExpect(status().isNotFound());

        verifyNoInteractions(screening, commands);
    }

    @Test
    void dismissing_a_match_names_the_entry_of_the_path_and_the_caller() throws Exception {
        aggregateAnswersVersion(2);

        post(VETTER, VETTINGS + "/" + VETTING + "/screening-matches/ZZe.003/dismissal", """
                {"justification": " Registered in 1998, 20 years before the listed foundation was founded "}""")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));

        assertThat(sent(DismissScreeningMatch.class)).isEqualTo(new DismissScreeningMatch(new VettingId(VETTING),
                "ZZe.003", "Registered in 1998, 20 years before the listed foundation was founded",
                new UserId("vetter")));
    }

    // ---- assessment and risk ----------------------------------------------------------------------------------------

    @Test
    void an_assessment_is_the_callers() throws Exception {
        aggregateAnswersVersion(3);

        post(VETTER, VETTINGS + "/" + VETTING + "/assessments", """
                {"criterion": "HUMAN_RIGHTS", "result": "MET", "evidence": "No reports in the UN treaty bodies"}""")
                .andExpect(status().isOk())
                .andExpect(header().string("Location", VETTINGS + "/" + VETTING))
                .andExpect(jsonPath("$.id").value(VETTING))
                .andExpect(jsonPath("$.version").value(3));

        assertThat(sent(AssessCriterion.class)).isEqualTo(new AssessCriterion(new VettingId(VETTING),
                Criterion.HUMAN_RIGHTS, AssessmentResult.MET, null, "No reports in the UN treaty bodies",
                new UserId("vetter")));
    }

    @Test
    void an_assessor_named_in_the_body_is_refused_as_an_unknown_field() throws Exception {
        post(VETTER, VETTINGS + "/" + VETTING + "/assessments", """
                {"criterion": "HUMAN_RIGHTS", "result": "MET", "evidence": "x", "assessedBy": "someone-else"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("assessedBy"));

        verifyNoInteractions(commands);
    }

    @Test
    void an_assessment_without_evidence_answers_422_with_rule_v2_naming_it() throws Exception {
        aggregateRefuses(new RuleViolation(Rule.V2, "an assessment states its evidence; missing: evidence",
                List.of("evidence")));

        post(VETTER, VETTINGS + "/" + VETTING + "/assessments", """
                {"criterion": "CORE_VALUES", "result": "MET"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("V2"))
                .andExpect(jsonPath("$.violations[0]").value("evidence"));
    }

    @Test
    void an_unknown_criterion_answers_400_listing_the_criteria() throws Exception {
        post(VETTER, VETTINGS + "/" + VETTING + "/assessments", """
                {"criterion": "KARMA", "result": "MET", "evidence": "x"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("criterion"))
                .andExpect(jsonPath("$.detail", containsString("CONFLICT_OF_INTEREST")));
    }

    @Test
    void a_risk_rating_is_the_callers() throws Exception {
        aggregateAnswersVersion(4);

        post(VETTER, VETTINGS + "/" + VETTING + "/risk-rating", """
                {"reputational": {"likelihood": 3, "impact": 4}, "fiduciary": {"likelihood": 2, "impact": 2},
                 "performance": {"likelihood": 1, "impact": 3}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(4));

        assertThat(sent(RateRisk.class)).isEqualTo(new RateRisk(new VettingId(VETTING), new RiskScore(3, 4),
                new RiskScore(2, 2), new RiskScore(1, 3), new UserId("vetter")));
    }

    @Test
    void a_risk_off_the_heat_map_answers_400_naming_the_field() throws Exception {
        post(VETTER, VETTINGS + "/" + VETTING + "/risk-rating", """
                {"reputational": {"likelihood": 6, "impact": 4}, "fiduciary": {"likelihood": 2, "impact": 2},
                 "performance": {"likelihood": 1, "impact": 3}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields['reputational.likelihood']").exists());

        verifyNoInteractions(commands);
    }

    // ---- decision and reopening ---------------------------------------------------------------------------------

    @Test
    void the_approver_is_the_caller_with_the_authority_of_their_office_and_committee_seat_deciding_today()
            throws Exception {
        aggregateAnswersVersion(9);

        post(COMMITTEE, VETTINGS + "/" + VETTING + "/decision", """
                {"decision": "CLEARED_WITH_CONDITIONS", "reasons": ["Sound governance"],
                 "conditions": ["Quarterly financial reports"]}""")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"9\""));

        assertThat(sent(DecideVetting.class)).isEqualTo(new DecideVetting(new VettingId(VETTING),
                VettingDecision.CLEARED_WITH_CONDITIONS, List.of("Sound governance"),
                List.of("Quarterly financial reports"),
                new Approver(new UserId("committee"), new OfficeCode("HQ"), OfficeLevel.HQ, true), TODAY));
    }

    @Test
    void an_approver_without_the_committee_role_decides_without_a_committee_seat() throws Exception {
        aggregateAnswersVersion(9);

        post(REGIONAL, VETTINGS + "/" + VETTING + "/decision", """
                {"decision": "REJECTED", "reasons": ["Listed under a sanctions regime"]}""")
                .andExpect(status().isOk());

        assertThat(sent(DecideVetting.class).approver()).isEqualTo(
                new Approver(new UserId("approver-regional"), new OfficeCode("RO-WCA"), OfficeLevel.REGIONAL, false));
    }

    @Test
    void an_approver_who_assessed_a_criterion_is_refused_with_rule_v6() throws Exception {
        aggregateRefuses(new RuleViolation(Rule.V6, "four eyes: approver-regional assessed criterion SANCTIONS, and "
                + "may not also decide this vetting; another approver must decide", List.of("assessed criterion SANCTIONS")));

        post(REGIONAL, VETTINGS + "/" + VETTING + "/decision", """
                {"decision": "CLEARED", "reasons": ["Fine"]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("V6"))
                .andExpect(jsonPath("$.detail", containsString("four eyes")));
    }

    @Test
    void an_approver_whose_office_has_no_level_answers_422_with_rule_v5_and_decides_nothing() throws Exception {
        post(staff("approver-x", "UNIT-7", Role.APPROVER), VETTINGS + "/" + VETTING + "/decision", """
                {"decision": "CLEARED", "reasons": ["Fine"]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("V5"))
                .andExpect(jsonPath("$.detail", containsString("UNIT-7")));

        verifyNoInteractions(commands);
    }

    @Test
    void a_decision_on_a_vetting_that_does_not_exist_answers_404() throws Exception {
        aggregateRefuses(new AggregateNotFoundException(VETTING, "The aggregate was not found in the event store"));

        post(COMMITTEE, VETTINGS + "/" + VETTING + "/decision", """
                {"decision": "CLEARED", "reasons": ["Fine"]}""")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString(VETTING)));
    }

    @Test
    void a_reopening_is_the_callers() throws Exception {
        aggregateAnswersVersion(10);

        post(VETTER, VETTINGS + "/" + VETTING + "/reopening", """
                {"reason": "SANCTIONS_LISTING", "information": "Listed on 2026-11-20 under a new regime"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(10));

        assertThat(sent(ReopenVetting.class)).isEqualTo(new ReopenVetting(new VettingId(VETTING),
                ReopeningReason.SANCTIONS_LISTING, "Listed on 2026-11-20 under a new regime", new UserId("vetter")));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private ResultActions post(LedgerUser caller, String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .with(user(caller)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void aggregateAnswersVersion(long version) {
        when(commands.sendAndWait(any())).thenReturn(version);
    }

    private void aggregateRefuses(RuntimeException refusal) {
        when(commands.sendAndWait(any())).thenThrow(refusal);
    }

    private <T> T sent(Class<T> commandType) {
        ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(command.capture());
        return commandType.cast(command.getValue());
    }

    @SuppressWarnings("unchecked")
    private void partnershipIs(PartnershipView view) {
        when(queries.query(argThat((Object query) -> query instanceof FindPartnership find
                        && find.partnershipId().equals(view.partnershipId())), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.of(view)));
    }

    @SuppressWarnings("unchecked")
    private void vettingIs(String vettingId, String partnerName, String country) {
        VettingView view = new VettingView(vettingId, 0, new VettingPartnerView("brindlemoor", partnerName,
                PartnerType.FOUNDATION, country), PARTNERSHIP, VettingTier.ENHANCED,
                RequiredAuthority.HQ_DUE_DILIGENCE_COMMITTEE, VettingStatus.OPEN, List.of(), List.of(), null, null,
                List.of(), List.of(), List.of(), "officer", NOW, NOW);
        when(queries.query(argThat((Object query) -> query instanceof FindVetting find
                && find.vettingId().equals(vettingId)), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.of(view)));
    }

    private static PartnershipView partnership(PartnerType type, String transfer) {
        PartnerView partner = new PartnerView("sahel", "Sahel Beverages SA", type, "SN", null, EngagementLevel.ACTIVE,
                null, NOW, null, null);
        return new PartnershipView(PARTNERSHIP, 0, "Title", "Purpose", PartnershipForm.FORMAL_PARTNERSHIP,
                AgencyRole.PARTNER, Scope.NATIONAL, Money.of(transfer, "USD"), PartnershipStatus.PROPOSED, "CO-SEN",
                "officer", NOW, NOW, List.of(partner), List.of(), 1, null, null, List.of(), null, null, null,
                List.of(), null, null, null, List.of(), List.of());
    }

    private static LedgerUser staff(String name, String office, Role... roles) {
        return new LedgerUser(name, "unused", new OfficeCode(office), Set.of(roles));
    }
}
