package org.partnershipledger.adapters.rest.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.partnershipledger.adapters.rest.concurrency.IfMatchPrecondition;
import org.partnershipledger.adapters.rest.idempotency.IdempotencyFilter;
import org.partnershipledger.adapters.rest.limits.RequestBodyLimitFilter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

import java.util.List;

/**
 * Documents on each operation what the filters in front of it and its handler do beyond its signature: the headers
 * the filters read, the status and headers of an answer that carries a version ({@link AnswersVersion}), and every
 * refusal the operation can answer, and only those. The limits (rate limit 429, load shedding 503) exempt only
 * {@code /actuator/}, which springdoc does not document, so they cover every operation here; security (401, 403)
 * is the composition root's to document, with the roles.
 */
public class HttpContractDocumentation implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String method = httpMethod(handler);
        List<String> pathVariables = parameters(operation, "path").stream().map(Parameter::getName).toList();
        boolean evaluatesIfMatch = IfMatchPrecondition.evaluates(method, pathVariables);
        AnswersVersion answersVersion = handler.getMethodAnnotation(AnswersVersion.class);
        addHeaderParameters(operation, method, evaluatesIfMatch);
        if (answersVersion != null) {
            describeVersionedAnswer(operation, method, answersVersion.value());
        }
        addRefusals(operation, method, pathVariables, evaluatesIfMatch,
                answersVersion != null && !"GET".equals(method));
        ProblemAnswers.answerErrorsAsProblems(operation);
        return operation;
    }

    private static void addHeaderParameters(Operation operation, String method, boolean evaluatesIfMatch) {
        if (IdempotencyFilter.METHOD.equals(method)) {
            addHeaderParameter(operation, IdempotencyFilter.HEADER, "Makes the request safe to retry: a repeat with "
                    + "the same key answers the first answer again, marked Idempotent-Replayed: true, and changes "
                    + "nothing (1 to 200 visible ASCII characters, one per request, kept per user)");
        }
        if (evaluatesIfMatch) {
            addHeaderParameter(operation, HttpHeaders.IF_MATCH, "The record's version the command was decided on, "
                    + "as its ETag gave it (e.g. \"3\"): 412 if the record has moved past it, 409 if a concurrent "
                    + "command wins meanwhile; * or absent, no check");
        }
    }

    private static void addHeaderParameter(Operation operation, String name, String description) {
        boolean declared = parameters(operation, "header").stream()
                .anyMatch(parameter -> name.equalsIgnoreCase(parameter.getName()));
        if (!declared) {
            operation.addParametersItem(new HeaderParameter().name(name).required(false).description(description)
                    .schema(new StringSchema()));
        }
    }

    /** springdoc documents the answer of a {@code ResponseEntity} as 200; this moves it to the status it has. */
    private static void describeVersionedAnswer(Operation operation, String method, HttpStatus status) {
        boolean command = !"GET".equals(method);
        ApiResponse answer = operation.getResponses().remove(String.valueOf(HttpStatus.OK.value()));
        if (answer == null) {
            answer = operation.getResponses().get(String.valueOf(status.value()));
        }
        answer.setDescription(status == HttpStatus.CREATED
                ? "Created: the body names the new record or part and the record's version"
                : command ? "Done: the body carries the record's new version" : "The record, at the version its ETag names");
        answer.addHeaderObject(HttpHeaders.ETAG, header(command
                ? "The record's version after this command, e.g. \"4\": send it back as If-Match with the next one"
                : "The record's version, e.g. \"3\": send it back as If-Match with a command on it"));
        if (command) {
            answer.addHeaderObject(HttpHeaders.LOCATION, header(status == HttpStatus.CREATED
                    ? "Where the new record or part is read" : "Where the changed record is read"));
        }
        operation.getResponses().put(String.valueOf(status.value()), answer);
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }

    private static void addRefusals(Operation operation, String method, List<String> pathVariables,
                                    boolean evaluatesIfMatch, boolean command) {
        if (operation.getRequestBody() != null) {
            ProblemAnswers.add(operation, "400", "the body is not well-formed JSON, has an unknown field, a value of "
                    + "the wrong type or enum, or lacks a required one (field or fields names it)");
            ProblemAnswers.add(operation, "415", "the body is not application/json");
        }
        if (!parameters(operation, "query").isEmpty()) {
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

    private static String httpMethod(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (mapping == null || mapping.method().length != 1) {
            throw new IllegalStateException(handler + " is not mapped to exactly one HTTP method");
        }
        return mapping.method()[0].name();
    }

    private static List<Parameter> parameters(Operation operation, String in) {
        return operation.getParameters() == null ? List.of()
                : operation.getParameters().stream().filter(parameter -> in.equals(parameter.getIn())).toList();
    }
}
