package org.partnershipledger.adapters.rest.problem;

import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnershipledger.application.refusals.CommandRefusal;
import org.partnershipledger.application.refusals.CommandRefusal.Reason;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal that came back through Axon Server carries no cause, only its details: the API still answers with the
 * status and rule the refusal means, not with 500.
 */
class RemoteRefusalTest {

    @ParameterizedTest(name = "{0} answers {2}")
    @CsvSource({"RULE_VIOLATION, P4, 422", "OUTSIDE_OFFICE, , 403", "NOT_FOUND, , 404", "CONFLICT, , 409"})
    void a_refusal_without_its_cause_answers_what_it_means(Reason reason, String rule, int status) {
        CommandRefusal refusal = new CommandRefusal(reason, rule, "why", List.of("exitStrategy"));

        ResponseEntity<ProblemDetail> answer = new ProblemResponses()
                .commandFailed(new CommandExecutionException("refused remotely", null, refusal));

        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        if (rule != null) {
            assertThat(answer.getBody().getProperties()).containsEntry("rule", rule)
                    .containsEntry("violations", List.of("exitStrategy"));
        }
    }
}
