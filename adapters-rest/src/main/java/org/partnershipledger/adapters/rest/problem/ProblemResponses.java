package org.partnershipledger.adapters.rest.problem;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.jspecify.annotations.NonNull;
import org.partnershipledger.adapters.rest.concurrency.StaleVersionException;
import org.partnershipledger.application.identity.OutsideOfficeException;
import org.partnershipledger.application.refusals.CommandRefusal;
import org.partnershipledger.domain.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.net.URI;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Answers every error as an RFC 9457 problem: a stable {@code type}, a {@code title}, a {@code detail} a person can act
 * on, and, where it helps, the rule that was broken or the fields that are wrong. No stack trace or class name leaves
 * the service.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolated(RuleViolation violation) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, violation.detail());
        problem.setType(ProblemTypes.forRule(violation.rule().name()));
        problem.setTitle(violation.rule().name() + " " + violation.rule().title());
        problem.setProperty("rule", violation.rule().name());
        if (!violation.violations().isEmpty()) {
            problem.setProperty("violations", violation.violations());
        }
        return respond(problem);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e) {
        return respond(problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request", e.getMessage()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return respond(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e) {
        Object id = e.getAggregateIdentifier();
        return respond(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found",
                id == null ? "no such partnership or vetting" : "no partnership or vetting with id " + id));
    }

    @ExceptionHandler(OutsideOfficeException.class)
    ResponseEntity<ProblemDetail> outsideOffice(OutsideOfficeException e) {
        return respond(problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", e.getMessage()));
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, ProblemTypes.STALE_VERSION, "Stale version",
                e.getMessage());
        problem.setProperty("currentVersion", e.current());
        return respond(problem);
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
        return respond(problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflicting change",
                "someone else changed this record at the same time; read it again and retry"));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e) {
        // The local gateway rethrows a handler's runtime exception as it is, but Axon wraps a checked one, as may a
        // command bus in between: answer with what the first cause this API knows meant, not with a 500. The depth
        // bound guards against a cause chain that loops.
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 10; cause = cause.getCause(), depth++) {
            if (cause instanceof RuleViolation violation) {
                return ruleViolated(violation);
            }
            if (cause instanceof OutsideOfficeException outside) {
                return outsideOffice(outside);
            }
            if (cause instanceof AggregateNotFoundException notFound) {
                return aggregateNotFound(notFound);
            }
            if (cause instanceof ConcurrencyException || cause instanceof ConflictingModificationException) {
                return conflict((RuntimeException) cause);
            }
        }
        // Through Axon Server the cause does not travel back; the refusal's details do.
        return CommandRefusal.of(e).map(this::refused).orElseGet(() -> unexpected(e));
    }

    private ResponseEntity<ProblemDetail> refused(CommandRefusal refusal) {
        return switch (refusal.reason()) {
            case RULE_VIOLATION -> refusal.asRuleViolation().map(this::ruleViolated)
                    .orElseGet(() -> respond(problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.RULE_VIOLATION,
                            "Rule violation", refusal.detail())));
            case OUTSIDE_OFFICE -> respond(problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                    refusal.detail()));
            case NOT_FOUND -> respond(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found",
                    refusal.detail()));
            case CONFLICT -> respond(problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflicting change",
                    refusal.detail()));
        };
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure while handling a request", e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
                "the request could not be completed; it has been logged with its request id"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        Map<String, String> errors = e.getBindingResult().getFieldErrors().stream()
                .collect(Collectors.toMap(error -> error.getField(), error -> String.valueOf(error.getDefaultMessage()),
                        (first, second) -> first, TreeMap::new));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                errors.entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue())
                        .collect(Collectors.joining("; ")));
        problem.setProperty("fields", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Unreadable request body",
                unreadableDetail(e.getCause()));
        if (e.getCause() instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
            problem.setProperty("field", fieldPath(mapping));
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(@NonNull TypeMismatchException e, @NonNull HttpHeaders headers,
                                                        @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        String parameter = e.getPropertyName() != null ? e.getPropertyName() : "a parameter";
        Class<?> expected = e.getRequiredType();
        String detail = expected != null && expected.isEnum()
                ? "parameter '" + parameter + "' must be one of " + Arrays.toString(expected.getEnumConstants())
                + ", was '" + e.getValue() + "'"
                : "parameter '" + parameter + "' has a value of the wrong type: '" + e.getValue() + "'";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request", detail);
        problem.setProperty("field", parameter);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, @NonNull HttpHeaders headers,
                                                          @NonNull HttpStatusCode statusCode, @NonNull WebRequest request) {
        // Spring's own problems for 405, 406, 415 and the like: same media type as ours.
        return ResponseEntity.status(statusCode).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static String unreadableDetail(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + fieldPath(unknown) + "'";
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "field '" + fieldPath(invalid) + "' must be one of "
                    + Arrays.toString(invalid.getTargetType().getEnumConstants()) + ", was '" + invalid.getValue() + "'";
        }
        if (cause instanceof InvalidFormatException invalid) {
            return "field '" + fieldPath(invalid) + "' must be " + expectedJson(invalid.getTargetType()) + ", was '"
                    + invalid.getValue() + "'";
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return "field '" + fieldPath(mismatched) + "' must be " + expectedJson(mismatched.getTargetType());
        }
        if (cause instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
            // Jackson's own message names Java classes; a client needs only the field.
            return "field '" + fieldPath(mapping) + "' cannot be read";
        }
        if (cause instanceof MismatchedInputException) {
            return "the body must be a JSON object";
        }
        return "the body is not well-formed JSON";
    }

    /** What a client must send, in JSON's terms rather than Java's. */
    private static String expectedJson(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date or time in ISO 8601 form, e.g. 2026-01-31";
        }
        return "an object";
    }

    private static String fieldPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A problem of the given type, as every refusal of the API describes itself. */
    public static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** The problem as an answer of its own status, typed {@code application/problem+json}. */
    public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
