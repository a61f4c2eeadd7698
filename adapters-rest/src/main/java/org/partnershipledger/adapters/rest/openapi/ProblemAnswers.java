package org.partnershipledger.adapters.rest.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import java.util.TreeMap;

/**
 * Every error of this API is an RFC 9457 problem ({@code ProblemResponses}, {@code ProblemWriter}): the schema, and
 * the responses that refer to it. Several causes can answer one status; each adds its reason to the response's
 * description.
 */
public final class ProblemAnswers {

    /** The name of the problem schema among the document's components. */
    public static final String SCHEMA = "Problem";
    private static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private ProblemAnswers() {
    }

    /**
     * Adds the reason to the operation's response of this status, creating it as a problem response where there is
     * none yet. A response a controller declared keeps its own description first, and gets the problem's content
     * instead of the success body springdoc gave it.
     */
    public static void add(Operation operation, String status, String reason) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponse response = operation.getResponses().computeIfAbsent(status, absent -> new ApiResponse());
        String described = response.getDescription();
        response.setDescription(described == null || described.isBlank() ? capitalized(reason)
                : described.contains(reason) ? described : described + "; or " + reason);
        response.setContent(problemContent());
        sortByStatus(operation);
    }

    /** Gives every error response a controller declared the problem's content, whatever springdoc inferred for it. */
    static void answerErrorsAsProblems(Operation operation) {
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
    }

    private static Content problemContent() {
        return new Content().addMediaType(MEDIA_TYPE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)));
    }

    private static void sortByStatus(Operation operation) {
        ApiResponses sorted = new ApiResponses();
        new TreeMap<>(operation.getResponses()).forEach(sorted::addApiResponse);
        operation.setResponses(sorted);
    }

    private static String capitalized(String reason) {
        return Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    }

    /** The problem's members, the standard ones and those this API adds where they help a client act. */
    @SuppressWarnings("rawtypes")
    public static Schema schema() {
        return new ObjectSchema().description("An RFC 9457 problem: what went wrong, in a form a program can branch on")
                .addProperty("type", new StringSchema().format("uri").description("What kind of error this is, stable "
                        + "for clients to branch on, e.g. https://partnership-ledger.org/problems/rule-violation/P4"))
                .addProperty("title", new StringSchema().description("A short summary of the kind of error, the same "
                        + "for every problem of the type"))
                .addProperty("status", new IntegerSchema().description("The HTTP status code of the answer"))
                .addProperty("detail", new StringSchema().description("What went wrong with this request, for a "
                        + "person to act on"))
                .addProperty("instance", new StringSchema().format("uri").description("The path of the request "
                        + "that was refused"))
                .addProperty("rule", new StringSchema().description("The business rule that refused a command "
                        + "(P1 to P11, V1 to V8), on a 422"))
                .addProperty("violations", new ArraySchema().items(new StringSchema())
                        .description("Each missing or wrong part where a rule found several at once, e.g. every "
                                + "missing part of an agreement (P4)"))
                .addProperty("field", new StringSchema().description("The field or parameter that is wrong, on a "
                        + "400, e.g. partners[0].type"))
                .addProperty("fields", new ObjectSchema().additionalProperties(new StringSchema())
                        .description("Each invalid field of the body with what is wrong with it, on a 400 from "
                                + "validation"))
                .addProperty("currentVersion", new IntegerSchema().format("int64")
                        .description("The version the record is at, on a 412: read it again, then decide anew"));
    }
}
