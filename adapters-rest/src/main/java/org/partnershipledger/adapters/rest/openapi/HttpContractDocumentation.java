package org.partnershipledger.adapters.rest.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.partnershipledger.adapters.rest.concurrency.IfMatchPrecondition;
import org.partnershipledger.adapters.rest.idempotency.IdempotencyFilter;
import org.partnershipledger.application.paging.Paging;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

import java.util.List;
import java.util.Map;

/**
 * Documents on each operation what the filters in front of it and its handler do beyond its signature: the headers
 * the filters read, the status and headers of an answer that carries a version ({@link AnswersVersion}), and every
 * refusal the operation can answer, and only those. The limits (rate limit 429, load shedding 503) exempt only
 * {@code /actuator/}, which springdoc does not document, so they cover every operation here; security (401, 403)
 * is the composition root's to document, with the roles.
 */
public class HttpContractDocumentation implements OperationCustomizer {

    private static final Map<String, String> SHARED_PARAMETERS = Map.of(
            "path partnershipId", "The partnership's id, as the Location of its proposal named it",
            "path vettingId", "The vetting's id, as the Location of its opening, the vetting queue or a partner's "
                    + "vetting in the partnership's view names it",
            "query page", "Which page, from 0",
            "query size", "How many items a page holds, 1 to " + Paging.MAX_SIZE + "; a size beyond answers 400");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String method = httpMethod(handler);
        List<String> pathVariables = parameters(operation, "path").stream().map(Parameter::getName).toList();
        boolean evaluatesIfMatch = IfMatchPrecondition.evaluates(method, pathVariables);
        AnswersVersion answersVersion = handler.getMethodAnnotation(AnswersVersion.class);
        describeSharedParameters(operation);
        addHeaderParameters(operation, method, evaluatesIfMatch);
        if (answersVersion != null) {
            describeVersionedAnswer(operation, method, answersVersion.value());
        }
        Refusals.addTo(operation, method, pathVariables, evaluatesIfMatch,
                answersVersion != null && !"GET".equals(method));
        ProblemAnswers.answerErrorsAsProblems(operation);
        return operation;
    }

    /** Parameters that mean the same on every operation are described once, here, rather than on each handler. */
    private static void describeSharedParameters(Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        for (Parameter parameter : parameters) {
            String description = SHARED_PARAMETERS.get(parameter.getIn() + " " + parameter.getName());
            if (description != null && (parameter.getDescription() == null || parameter.getDescription().isBlank())) {
                parameter.setDescription(description);
            }
        }
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
                : command ? "Done: the body carries the record's new version"
                : "The record, at the version its ETag names");
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

    private static String httpMethod(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (mapping == null || mapping.method().length != 1) {
            throw new IllegalStateException(handler + " is not mapped to exactly one HTTP method");
        }
        return mapping.method()[0].name();
    }

    static List<Parameter> parameters(Operation operation, String in) {
        return operation.getParameters() == null ? List.of()
                : operation.getParameters().stream().filter(parameter -> in.equals(parameter.getIn())).toList();
    }
}
