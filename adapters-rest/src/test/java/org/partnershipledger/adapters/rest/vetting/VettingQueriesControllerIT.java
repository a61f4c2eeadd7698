package org.partnershipledger.adapters.rest.vetting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.OptionalResponseType;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.partnershipledger.adapters.rest.identity.LedgerUser;
import org.partnershipledger.application.identity.Role;
import org.partnershipledger.application.vetting.queries.FindPartner;
import org.partnershipledger.application.vetting.queries.FindPartners;
import org.partnershipledger.application.vetting.queries.FindVetting;
import org.partnershipledger.application.vetting.queries.FindVettingQueue;
import org.partnershipledger.application.vetting.views.PartnerPartnershipView;
import org.partnershipledger.application.vetting.views.PartnerRecord;
import org.partnershipledger.application.vetting.views.PartnerRegistryPage;
import org.partnershipledger.application.vetting.views.PartnerVettingView;
import org.partnershipledger.application.vetting.views.RelianceView;
import org.partnershipledger.application.vetting.views.RequiredAuthority;
import org.partnershipledger.application.vetting.views.ReusableClearance;
import org.partnershipledger.application.vetting.views.VettingPartnerView;
import org.partnershipledger.application.vetting.views.VettingQueueItem;
import org.partnershipledger.application.vetting.views.VettingQueuePage;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.RiskBand;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The vetting reads in a web slice: a mocked query gateway shows the query each request turns into and answers with
 * the view a projection would.
 */
@WebMvcTest
@Import(VettingQueriesController.class)
class VettingQueriesControllerIT {

    private static final LedgerUser AUDITOR = new LedgerUser("auditor", "unused", new OfficeCode("HQ"),
            Set.of(Role.AUDITOR));
    private static final Instant OPENED_AT = Instant.parse("2026-11-01T09:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    QueryGateway queries;

    // ---- the queue ----------------------------------------------------------------------------------------------

    @Test
    void the_queue_asks_with_every_filter_and_answers_the_page() throws Exception {
        answers(new VettingQueuePage(List.of(new VettingQueueItem("v-1", "mtn", "MTN Group", PartnerType.CORPORATE,
                "p-1", VettingTier.ENHANCED, RequiredAuthority.HQ_DUE_DILIGENCE_COMMITTEE, VettingStatus.REOPENED,
                OPENED_AT, 21, 5, 8, RiskBand.HIGH, true, 1)), 2, 10, 21, 3, Map.of(VettingTier.ENHANCED, 21L)));

        get("/api/vettings?tier=ENHANCED&requiredAuthority=HQ_DUE_DILIGENCE_COMMITTEE&partnershipId=p-1"
                + "&partnerId=mtn&includeDecided=true&page=2&size=10")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].vettingId").value("v-1"))
                .andExpect(jsonPath("$.items[0].requiredAuthority").value("HQ_DUE_DILIGENCE_COMMITTEE"))
                .andExpect(jsonPath("$.items[0].ageDays").value(21))
                .andExpect(jsonPath("$.items[0].openedAt").value("2026-11-01T09:00:00Z"))
                .andExpect(jsonPath("$.items[0].screened").value(true))
                .andExpect(jsonPath("$.totalItems").value(21))
                .andExpect(jsonPath("$.countsByTier.ENHANCED").value(21))
                .andExpect(jsonPath("$.countsByTier.LIGHT").value(0));

        assertThat(asked()).isEqualTo(new FindVettingQueue(VettingTier.ENHANCED,
                RequiredAuthority.HQ_DUE_DILIGENCE_COMMITTEE, "p-1", "mtn", true, 2, 10));
        assertThat(askedFor().getExpectedResponseType()).isEqualTo(VettingQueuePage.class);
    }

    @Test
    void the_queue_without_parameters_asks_for_the_first_page_of_open_vettings() throws Exception {
        answers(new VettingQueuePage(List.of(), 0, 20, 0, 0, Map.of()));

        get("/api/vettings").andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());

        assertThat(asked()).isEqualTo(FindVettingQueue.firstPage());
    }

    @Test
    void an_unknown_tier_answers_400_naming_the_parameter_without_asking() throws Exception {
        get("/api/vettings?tier=DEEP")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("tier"))
                .andExpect(jsonPath("$.detail").value(containsString("ENHANCED")));

        verifyNoInteractions(queries);
    }

    @Test
    void a_page_size_above_the_cap_answers_400_without_asking() throws Exception {
        get("/api/vettings?size=101")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("100")));
        get("/api/vettings?page=-1").andExpect(status().isBadRequest());

        verifyNoInteractions(queries);
    }

    // ---- one vetting --------------------------------------------------------------------------------------------

    @Test
    void a_vetting_answers_with_its_version_as_entity_tag() throws Exception {
        answers(Optional.of(vetting("v-1", 7)));

        get("/api/vettings/v-1")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"7\""))
                .andExpect(jsonPath("$.vettingId").value("v-1"))
                .andExpect(jsonPath("$.partner.name").value("MTN Group"))
                .andExpect(jsonPath("$.requiredAuthority").value("HQ_DUE_DILIGENCE_COMMITTEE"))
                .andExpect(jsonPath("$.reliedOnBy[0].partnershipId").value("p-1"));

        assertThat(asked()).isEqualTo(new FindVetting("v-1"));
        assertThat(askedFor()).isInstanceOf(OptionalResponseType.class);
        assertThat(askedFor().getExpectedResponseType()).isEqualTo(VettingView.class);
    }

    @Test
    void an_unknown_vetting_answers_404() throws Exception {
        answers(Optional.empty());

        get("/api/vettings/nope")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("nope")));
    }

    // ---- the registry -------------------------------------------------------------------------------------------

    @Test
    void the_registry_asks_with_type_text_and_paging_and_answers_totals_by_type() throws Exception {
        answers(new PartnerRegistryPage(List.of(tostan()), Map.of(PartnerType.CSO, 1L), 1, 5, 6, 2));

        get("/api/partners?partnerType=CSO&text=tos&page=1&size=5")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].partnerId").value("tostan"))
                .andExpect(jsonPath("$.items[0].partnerships[0].status").value("AGREED"))
                .andExpect(jsonPath("$.items[0].vettings[0].decision").value("CLEARED"))
                .andExpect(jsonPath("$.items[0].currentClearance.validUntil").value("2028-02-29"))
                .andExpect(jsonPath("$.totalsByType.CSO").value(1))
                .andExpect(jsonPath("$.totalsByType.MEDIA").value(0))
                .andExpect(jsonPath("$.totalItems").value(6));

        assertThat(asked()).isEqualTo(new FindPartners(PartnerType.CSO, "tos", 1, 5));
        assertThat(askedFor().getExpectedResponseType()).isEqualTo(PartnerRegistryPage.class);
    }

    @Test
    void an_unknown_partner_type_or_an_oversized_page_answers_400_without_asking() throws Exception {
        get("/api/partners?partnerType=NGO")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("partnerType"));
        get("/api/partners?size=0").andExpect(status().isBadRequest());

        verifyNoInteractions(queries);
    }

    @Test
    void a_partner_answers_its_record() throws Exception {
        answers(Optional.of(tostan()));

        get("/api/partners/tostan")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Tostan"))
                .andExpect(jsonPath("$.currentClearance.vettingId").value("v-1"));

        assertThat(asked()).isEqualTo(new FindPartner("tostan"));
        assertThat(askedFor()).isInstanceOf(OptionalResponseType.class);
        assertThat(askedFor().getExpectedResponseType()).isEqualTo(PartnerRecord.class);
    }

    @Test
    void an_unknown_partner_answers_404() throws Exception {
        answers(Optional.empty());

        get("/api/partners/nobody").andExpect(status().isNotFound());
    }

    @Test
    void reads_need_someone_signed_in() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/partners")).andExpect(status().isUnauthorized());
        mvc.perform(MockMvcRequestBuilders.get("/api/vettings")).andExpect(status().isUnauthorized());

        verifyNoInteractions(queries);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private ResultActions get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(AUDITOR)));
    }

    private void answers(Object answer) {
        doReturn(CompletableFuture.completedFuture(answer)).when(queries).query(any(), any(ResponseType.class));
    }

    private Object asked() {
        ArgumentCaptor<Object> query = ArgumentCaptor.forClass(Object.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        return query.getValue();
    }

    private ResponseType<?> askedFor() {
        ArgumentCaptor<ResponseType<?>> type = ArgumentCaptor.captor();
        verify(queries).query(any(), type.capture());
        return type.getValue();
    }

    private static VettingView vetting(String id, long version) {
        return new VettingView(id, version, new VettingPartnerView("mtn", "MTN Group", PartnerType.CORPORATE, "ZA"),
                "p-1", VettingTier.ENHANCED, RequiredAuthority.HQ_DUE_DILIGENCE_COMMITTEE, VettingStatus.OPEN,
                List.of(), List.of(), null, null, List.of(), List.of(),
                List.of(new RelianceView("p-1", false, VettingTier.ENHANCED, null)), "vetter", OPENED_AT, OPENED_AT);
    }

    private static PartnerRecord tostan() {
        LocalDate validUntil = LocalDate.of(2028, 2, 29);
        return new PartnerRecord("tostan", "Tostan", PartnerType.CSO, "SN", "SN-1991-001",
                List.of(new PartnerPartnershipView("p-1", "Community-led abandonment", PartnershipStatus.AGREED,
                        EngagementLevel.ACTIVE, "CO-SEN", OPENED_AT, null)),
                List.of(new PartnerVettingView("v-1", "p-1", VettingTier.STANDARD, VettingStatus.CLEARED,
                        VettingDecision.CLEARED, validUntil)),
                new ReusableClearance("v-1", "tostan", VettingTier.STANDARD, VettingDecision.CLEARED, validUntil,
                        List.of()));
    }
}
