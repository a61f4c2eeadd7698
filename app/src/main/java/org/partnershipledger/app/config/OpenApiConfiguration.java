package org.partnershipledger.app.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). Request and response bodies
 * come from the controllers' records; what every operation has in common is added here once: the role it requires
 * (from {@link AuthorizationMatrix}, also as {@code x-required-roles}), and the problem responses it can give.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String PROBLEM = "application/problem+json";
    /** The header of the idempotency filter ({@code adapters-rest}), accepted on every POST. */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Bean
    OpenAPI partnershipLedgerApi() {
        return new OpenAPI()
                .info(new Info().title("Partnership Ledger API").version("1")
                        .description("Event-sourced system of record for partnerships: task-based commands answer "
                                + "the record's new version (also as ETag; send it back as If-Match); every POST "
                                + "accepts an Idempotency-Key; every error is an RFC 9457 problem."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The demo users of the default profile"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("Access tokens of the configured issuer")))
                .security(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("bearer")));
    }

    /**
     * Runs on the document springdoc has built: its schemas replace the components of the {@code OpenAPI} bean, so a
     * schema added there was dropped and every problem response referred to nothing.
     */
    @Bean
    OpenApiCustomizer rolesAndProblems() {
        return api -> {
            api.getComponents().addSchemas("Problem", problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    describe(path, HttpMethod.valueOf(method.name()), operation)));
        };
    }

    private static void describe(String path, HttpMethod method, Operation operation) {
        String concrete = path.replaceAll("\\{[^}]+}", "x");
        AuthorizationMatrix.ruleFor(method, concrete).ifPresent(rule -> {
            operation.addExtension("x-required-roles", rule.roles().stream().map(Enum::name).sorted().toList());
            operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                    + "Required role: " + rule.describeRoles() + ".");
        });
        if (HttpMethod.POST.equals(method)) {
            addHeaderParameter(operation, IDEMPOTENCY_KEY, "Makes the request safe to retry: a repeat with the same key "
                    + "answers the first answer again and changes nothing (1 to 200 visible ASCII characters; 422 if "
                    + "the key was used for another request, 409 while its first request is still in progress)");
            if (path.contains("{partnershipId}") || path.contains("{vettingId}")) {
                addHeaderParameter(operation, HttpHeaders.IF_MATCH, "The record's version the command was decided "
                        + "on, as its ETag gave it (e.g. \"3\"): 412 if the record has moved past it, 409 if a "
                        + "concurrent command wins meanwhile; * or absent, no check");
            }
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        problems(path, method).forEach((status, meaning) -> responses.putIfAbsent(status, problem(meaning)));
        operation.setResponses(responses);
    }

    private static void addHeaderParameter(Operation operation, String name, String description) {
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "header".equals(parameter.getIn()) && name.equalsIgnoreCase(parameter.getName()));
        if (!declared) {
            operation.addParametersItem(new HeaderParameter().name(name).required(false).description(description)
                    .schema(new StringSchema()));
        }
    }

    private static Map<String, String> problems(String path, HttpMethod method) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean command = HttpMethod.POST.equals(method);
        boolean onOneRecord = path.contains("{");
        problems.put("400", "Invalid request: malformed JSON, a wrong type, an unknown field or value, or a missing one");
        problems.put("401", "Not signed in");
        problems.put("403", "The caller's role, or office, does not allow this");
        if (onOneRecord) {
            problems.put("404", "No such record");
        }
        if (command) {
            problems.put("409", "A concurrent change won, or the same Idempotency-Key is still in progress");
            if (onOneRecord) {
                problems.put("412", "If-Match names a version the record has moved past");
            }
            problems.put("413", "Request body too large");
            problems.put("415", "The body is not application/json");
            problems.put("422", "A business rule refuses the command (the problem names the rule), or the "
                    + "Idempotency-Key was used for another request");
        }
        problems.put("429", "Too many requests: see Retry-After");
        return problems;
    }

    private static ApiResponse problem(String meaning) {
        return new ApiResponse().description(meaning).content(new Content().addMediaType(PROBLEM,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("rule", new StringSchema().description("the business rule refused, e.g. P4 or V6"))
                .addProperty("violations", new ArraySchema().items(new StringSchema())
                        .description("each missing or wrong part, e.g. of an agreement"))
                .addProperty("field", new StringSchema().description("the field or parameter that is wrong"));
    }
}
