package org.partnershipledger.adapters.rest.openapi;

import io.swagger.v3.oas.models.Operation;
import org.partnershipledger.adapters.rest.idempotency.IdempotencyFilter;
import org.partnershipledger.adapters.rest.limits.RequestBodyLimitFilter;

import java.util.List;

/**
 * The refusals an operation can answer, and only those, each from the code that answers it: what the handler reads
 * (a body, query parameters, a record named in the path, a command's business rules), and the filters in front of it.
 * The limits (rate limit 429, load shedding 503) exempt only {@code /actuator/}, which springdoc does not document, so
 * they cover every operation here; security's 401 and 403 are the composition root's to document, with the roles.
 */
final class Refusals {

    private Refusals() {
    }

    static void addTo(Operation operation, String method, List<String> pathVariables,
                                    boolean evaluatesIfMatch, boolean command) {
        if (operation.getRequestBody() != null) {
            ProblemAnswers.add(operation, "400", "the body is not well-formed JSON, has an unknown field, a value of "
                    + "the wrong type or enum, or lacks a required one (field or fields names it)");
            ProblemAnswers.add(operation, "415", "the body is not application/json");
        }
        if (!HttpContractDocumentation.parameters(operation, "query").isEmpty()) {
            ProblemAnswers.add(operation, "400", "a query parameter has a value of the wrong type or enum, or out "
                    + "of range, e.g. a page size over 100 (field names it)");
        }
        if (!pathVariables.isEmpty()) {
            ProblemAnswers.add(operation, "404", "nothing has the id in the path");
        }
        if (IdempotencyFilter.METHOD.equals(method)) {
            ProblemAnswers.add(operation, "400", "the Idempotency-Key is not 1 to 200 visible ASCII characters");
            ProblemAnswers.add(operation, "409", "the first request with this Idempotency-Key is still in progress");
            ProblemAnswers.add(operation, "422", "this Idempotency-Key was used for a different request");
        }
        if (evaluatesIfMatch) {
            ProblemAnswers.add(operation, "400", "If-Match is not one entity tag such as \"3\", nor *");
            ProblemAnswers.add(operation, "409", "a concurrent command on the record won while this one waited: "
                    + "nothing of this one is stored");
            ProblemAnswers.add(operation, "412", "If-Match names a version the record has moved past "
                    + "(currentVersion says where it is)");
        }
        if (command) {
            ProblemAnswers.add(operation, "422", "a business rule refuses the command: rule names it (e.g. P4), "
                    + "violations each missing part");
        }
        if (RequestBodyLimitFilter.METHODS.contains(method)) {
            ProblemAnswers.add(operation, "413", "the body is larger than the limit (ledger.http.max-body-bytes, "
                    + "64 KiB unless configured)");
        }
        ProblemAnswers.add(operation, "429", "this caller sent more requests than its rate limit allows: "
                + "Retry-After says in how many seconds to try again");
        ProblemAnswers.add(operation, "503", "the service is working on as many requests as it can at once: "
                + "Retry-After says in how many seconds to try again");
    }
}
