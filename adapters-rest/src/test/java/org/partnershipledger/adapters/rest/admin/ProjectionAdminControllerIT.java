package org.partnershipledger.adapters.rest.admin;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.partnershipledger.adapters.rest.identity.LedgerUser;
import org.partnershipledger.application.identity.Role;
import org.partnershipledger.application.operations.ProcessorState;
import org.partnershipledger.application.operations.ProjectionReplays;
import org.partnershipledger.application.operations.ProjectionStatus;
import org.partnershipledger.application.operations.ReplayInProgressException;
import org.partnershipledger.application.operations.ReplayNotAllowedException;
import org.partnershipledger.application.operations.ReplayProgress;
import org.partnershipledger.application.operations.UnknownProjectionException;
import org.partnershipledger.domain.shared.OfficeCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrators' projection endpoints in a web slice, over a mocked replay port. */
@WebMvcTest
@Import(ProjectionAdminController.class)
class ProjectionAdminControllerIT {

    private static final LedgerUser ADMIN = new LedgerUser("admin", "unused", new OfficeCode("HQ"), Set.of(Role.ADMIN));
    private static final Instant STARTED = Instant.parse("2026-11-21T10:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProjectionReplays replays;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    QueryGateway queries;

    @Test
    void the_list_answers_every_processor_with_its_state_and_last_replay() throws Exception {
        when(replays.statuses()).thenReturn(List.of(
                new ProjectionStatus("partnership-views", ProcessorState.REPLAYING, true, 16, 400L,
                        new ReplayProgress("admin", STARTED, null, 1000, 400, 40.0, 812.5)),
                new ProjectionStatus("vetting-process", ProcessorState.CAUGHT_UP, false, 16, 1000L, null)));

        get("/api/admin/projections")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("partnership-views"))
                .andExpect(jsonPath("$.items[0].state").value("REPLAYING"))
                .andExpect(jsonPath("$.items[0].lastReplay.processed").value(400))
                .andExpect(jsonPath("$.items[0].lastReplay.total").value(1000))
                .andExpect(jsonPath("$.items[0].lastReplay.percent").value(40.0))
                .andExpect(jsonPath("$.items[0].lastReplay.eventsPerSecond").value(812.5))
                .andExpect(jsonPath("$.items[0].lastReplay.startedAt").value("2026-11-21T10:00:00Z"))
                .andExpect(jsonPath("$.items[0].lastReplay.finishedAt").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.items[1].replayable").value(false))
                .andExpect(jsonPath("$.items[1].lastReplay").doesNotExist());
    }

    @Test
    void one_processor_answers_its_status_and_an_unknown_name_404() throws Exception {
        when(replays.status("vetting-views")).thenReturn(Optional.of(
                new ProjectionStatus("vetting-views", ProcessorState.CAUGHT_UP, true, 16, 1000L, null)));
        when(replays.status("nope")).thenReturn(Optional.empty());

        get("/api/admin/projections/vetting-views")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CAUGHT_UP"))
                .andExpect(jsonPath("$.position").value(1000));
        get("/api/admin/projections/nope")
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(containsString("'nope'")));
    }

    @Test
    void a_replay_answers_202_with_the_status_resource_and_names_who_asked() throws Exception {
        when(replays.replay("partnership-views", "admin")).thenReturn(
                new ProjectionStatus("partnership-views", ProcessorState.REPLAYING, true, 16, 0L,
                        new ReplayProgress("admin", STARTED, null, 1000, 0, 0, 0)));

        post("/api/admin/projections/partnership-views/replay")
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/admin/projections/partnership-views"))
                .andExpect(jsonPath("$.lastReplay.requestedBy").value("admin"))
                .andExpect(jsonPath("$.lastReplay.total").value(1000));

        verify(replays).replay("partnership-views", "admin");
    }

    @Test
    void a_processor_with_side_effects_is_refused_with_422_and_a_running_replay_with_409() throws Exception {
        when(replays.replay("vetting-process", "admin")).thenThrow(new ReplayNotAllowedException("vetting-process"));
        when(replays.replay("vetting-views", "admin")).thenThrow(new ReplayInProgressException("vetting-views"));
        when(replays.replay("nope", "admin")).thenThrow(new UnknownProjectionException("nope"));

        post("/api/admin/projections/vetting-process/replay")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://partnership-ledger.org/problems/replay-not-allowed"))
                .andExpect(jsonPath("$.detail").value(containsString("side effects")));
        post("/api/admin/projections/vetting-views/replay")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://partnership-ledger.org/problems/replay-in-progress"));
        post("/api/admin/projections/nope/replay").andExpect(status().isNotFound());
    }

    private ResultActions get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(ADMIN)));
    }

    private ResultActions post(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(user(ADMIN)));
    }
}
