package org.partnershipledger.adapters.rest.partnership;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;

import java.util.List;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** How every command endpoint answers when the aggregate cannot be found or refuses, however Axon delivers it. */
class CommandFailuresIT extends CommandSlice {

    private static final String WITHDRAWAL = "/api/partnerships/" + PARTNERSHIP + "/withdrawal";
    private static final String BODY = """
            {"reason": "Not needed", "withdrawnOn": "2026-01-05"}""";

    @Test
    void an_unknown_partnership_answers_404_problem() throws Exception {
        aggregateRefuses(new AggregateNotFoundException(PARTNERSHIP, "The aggregate was not found in the event store"));

        post(WITHDRAWAL, BODY)
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://partnership-ledger.org/problems/not-found"))
                .andExpect(jsonPath("$.detail").value("no partnership or vetting with id " + PARTNERSHIP));
    }

    @Test
    void an_unknown_partnership_wrapped_by_axon_still_answers_404() throws Exception {
        aggregateRefuses(new CommandExecutionException("Command execution failed",
                new AggregateNotFoundException(PARTNERSHIP, "The aggregate was not found in the event store")));

        post(WITHDRAWAL, BODY)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://partnership-ledger.org/problems/not-found"));
    }

    @Test
    void a_rule_violation_wrapped_by_axon_still_answers_422_with_its_violations() throws Exception {
        aggregateRefuses(new CommandExecutionException("Command execution failed",
                new RuleViolation(Rule.P4, "missing: objectives", List.of("objectives"))));

        post(WITHDRAWAL, BODY)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("P4"))
                .andExpect(jsonPath("$.violations[0]").value("objectives"));
    }

    @Test
    void a_concurrent_change_wrapped_by_axon_answers_409() throws Exception {
        aggregateRefuses(new CommandExecutionException("Command execution failed",
                new ConcurrencyException("An event for aggregate [" + PARTNERSHIP + "] at sequence [3] was already "
                        + "inserted")));

        post(WITHDRAWAL, BODY)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://partnership-ledger.org/problems/conflict"));
    }

    @Test
    void any_other_failure_answers_500_without_its_message() throws Exception {
        aggregateRefuses(new CommandExecutionException("secret internals", new IllegalStateException("boom")));

        post(WITHDRAWAL, BODY)
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.detail")
                        .value("the request could not be completed; it has been logged with its request id"));
    }
}
