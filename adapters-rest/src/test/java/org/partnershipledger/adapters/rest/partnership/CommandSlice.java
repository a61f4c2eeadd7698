package org.partnershipledger.adapters.rest.partnership;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.mockito.ArgumentCaptor;
import org.partnershipledger.adapters.rest.identity.LedgerUser;
import org.partnershipledger.application.identity.Role;
import org.partnershipledger.domain.shared.OfficeCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.Set;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The web slice every command test runs in: the controllers with a mocked command gateway, so that a test sees the
 * command a request turns into and decides what the aggregate answers.
 */
@WebMvcTest
public abstract class CommandSlice {

    protected static final String PARTNERSHIP = "0b6c2f4e-5a1d-4c1e-9a53-2f1d6c7e8a90";
    protected static final LedgerUser OFFICER = new LedgerUser("officer", "unused", new OfficeCode("CO-SEN"),
            Set.of(Role.PARTNERSHIP_OFFICER));

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected CommandGateway commands;

    @MockitoBean
    protected QueryGateway queries;

    /** What the aggregate answers every command with: its version after the command. */
    protected void aggregateAnswersVersion(long version) {
        when(commands.sendAndWait(any())).thenReturn(version);
    }

    protected void aggregateRefuses(RuntimeException refusal) {
        when(commands.sendAndWait(any())).thenThrow(refusal);
    }

    protected ResultActions post(String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    protected <T> T sent(Class<T> commandType) {
        ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(command.capture());
        return commandType.cast(command.getValue());
    }
}
