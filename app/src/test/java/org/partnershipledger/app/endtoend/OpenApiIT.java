package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes every endpoint the application serves, with its role, body and errors. */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"default", "test"})
class OpenApiIT {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_endpoint_the_application_serves_is_in_the_specification_with_its_role_body_and_errors() {
        JsonNode paths = new ApiClient(port).get(null, "/v3/api-docs").json().get("paths");
        List<String> missing = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        mappings.getHandlerMethods().forEach((mapping, handler) -> {
            boolean takesBody = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
            for (String path : mapping.getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : mapping.getMethodsCondition().getMethods()) {
                    JsonNode operation = paths.path(path).path(method.name().toLowerCase());
                    if (operation.isMissingNode()) {
                        missing.add(method + " " + path);
                        continue;
                    }
                    boolean complete = operation.path("x-required-roles").isArray()
                            && operation.path("responses").has("401") && operation.path("responses").has("403")
                            && (!takesBody || operation.has("requestBody"));
                    if (!complete) {
                        incomplete.add(method + " " + path);
                    }
                }
            }
        });
        assertThat(missing).as("endpoints missing from the OpenAPI document").isEmpty();
        assertThat(incomplete).as("operations without role, errors or request body").isEmpty();
        assertThat(paths.size()).isGreaterThan(10);
    }

    @Test
    void a_rule_violation_is_documented_as_a_problem_on_commands() {
        JsonNode review = new ApiClient(port).get(null, "/v3/api-docs").json()
                .path("paths").path("/api/partnerships/{partnershipId}/reviews").path("post");

        assertThat(review.path("responses").path("422").path("content").has("application/problem+json")).isTrue();
        assertThat(review.path("x-required-roles").get(0).asText()).isEqualTo("PARTNERSHIP_OFFICER");
    }

    @Test
    void the_served_document_is_valid_openapi_3_1_and_every_reference_in_it_resolves() {
        ApiClient.Response served = new ApiClient(port).get(null, "/v3/api-docs");
        JsonNode document = served.json();

        assertThat(document.path("openapi").asText()).startsWith("3.1.");
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body(), null, new ParseOptions());
        assertThat(parsed.getMessages()).as("what the OpenAPI parser finds wrong").isEmpty();
        assertThat(unresolvedReferences(document)).as("references to nothing in the document").isEmpty();
    }

    /** Every {@code $ref} of the document that points inside it at nothing, with how often. */
    private static Map<String, Integer> unresolvedReferences(JsonNode document) {
        Map<String, Integer> unresolved = new TreeMap<>();
        Deque<JsonNode> open = new ArrayDeque<>(List.of(document));
        while (!open.isEmpty()) {
            JsonNode node = open.pop();
            JsonNode ref = node.path("$ref");
            if (ref.isTextual() && (!ref.asText().startsWith("#/") || document.at(ref.asText().substring(1))
                    .isMissingNode())) {
                unresolved.merge(ref.asText(), 1, Integer::sum);
            }
            node.elements().forEachRemaining(open::push);
        }
        return unresolved;
    }

    @Test
    void commands_take_idempotency_key_and_commands_on_a_record_if_match_as_header_parameters() {
        JsonNode paths = new ApiClient(port).get(null, "/v3/api-docs").json().path("paths");

        assertThat(headerParameters(paths.path("/api/partnerships/{partnershipId}/reviews").path("post")))
                .containsExactlyInAnyOrder("Idempotency-Key", "If-Match");
        assertThat(headerParameters(paths.path("/api/partnerships").path("post")))
                .as("a proposal creates the record: nothing to match").containsExactly("Idempotency-Key");
        assertThat(headerParameters(paths.path("/api/partnerships/{partnershipId}").path("get"))).isEmpty();
    }

    private static List<String> headerParameters(JsonNode operation) {
        assertThat(operation.isMissingNode()).as("the operation is documented").isFalse();
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> {
            if (parameter.path("in").asText().equals("header")) {
                assertThat(parameter.path("description").asText()).as(parameter.toString()).isNotBlank();
                names.add(parameter.path("name").asText());
            }
        });
        return names;
    }

    @Test
    void swagger_ui_is_served() {
        assertThat(new ApiClient(port).get(null, "/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
