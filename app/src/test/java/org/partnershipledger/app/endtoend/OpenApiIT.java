package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes every endpoint the application serves: its role, parameters and body, the answer it
 * gives (status, headers, schema) and every refusal the filters in front of it and its handler can answer.
 */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"default", "test"})
class OpenApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The commands that create a record or a part with an id of its own: {@code CommandAnswers.created}, 201. */
    private static final Set<String> CREATING_COMMANDS = Set.of("POST /api/partnerships",
            "POST /api/partnerships/{partnershipId}/partners", "POST /api/partnerships/{partnershipId}/reviews",
            "POST /api/partnerships/{partnershipId}/corrective-plans",
            "POST /api/partnerships/{partnershipId}/agreement/amendments", "POST /api/vettings");

    /** What the filters in front of every {@code /api/**} operation can answer: security, rate limit, load shedding. */
    private static final Set<String> EVERY_OPERATION_MAY_ANSWER = Set.of("401", "403", "429", "503");

    /** What the body cap and the idempotency filter can answer to any POST. */
    private static final Set<String> EVERY_POST_MAY_ANSWER = Set.of("400", "409", "413", "422");

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

    /**
     * A generated client names its methods after the operation ids; springdoc numbers a controller method's name when
     * another has taken it ({@code conclude_1}), which a client developer cannot tell from its neighbour.
     */
    @Test
    void every_operation_id_is_a_name_of_its_own() {
        JsonNode paths = new ApiClient(port).get(null, "/v3/api-docs").json().path("paths");
        List<String> numbered = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String id = operation.getValue().path("operationId").asText();
            if (id.matches(".*_\\d+")) {
                numbered.add(operation.getKey().toUpperCase() + " " + path.getKey() + ": " + id);
            }
        }));
        assertThat(numbered).as("operations whose id springdoc had to number").isEmpty();
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
    void every_command_documents_its_success_status_with_the_location_and_etag_it_answers() {
        forEachOperation(document(), (name, operation) -> {
            if (name.startsWith("POST /api/partnerships") || name.startsWith("POST /api/vettings")) {
                String status = CREATING_COMMANDS.contains(name) ? "201" : "200";
                assertThat(successStatuses(operation)).as(name).containsExactly(status);
                assertThat(describedHeaders(operation.path("responses").path(status))).as(name)
                        .contains("Location", "ETag");
            }
        });
    }

    @Test
    void views_document_their_version_as_etag() {
        JsonNode paths = document().path("paths");

        for (String view : List.of("/api/partnerships/{partnershipId}", "/api/vettings/{vettingId}",
                "/api/audit/partnerships/{partnershipId}/as-of", "/api/audit/vettings/{vettingId}/as-of")) {
            assertThat(describedHeaders(paths.path(view).path("get").path("responses").path("200"))).as(view)
                    .containsExactly("ETag");
        }
    }

    @Test
    void requests_that_are_not_commands_document_the_status_their_handler_answers() {
        JsonNode paths = document().path("paths");

        JsonNode replay = paths.path("/api/admin/projections/{name}/replay").path("post");
        assertThat(successStatuses(replay)).containsExactly("202");
        assertThat(describedHeaders(replay.path("responses").path("202"))).containsExactly("Location");
        JsonNode subscribe = paths.path("/api/admin/webhook-subscriptions").path("post");
        assertThat(successStatuses(subscribe)).containsExactly("201");
        assertThat(describedHeaders(subscribe.path("responses").path("201"))).containsExactly("Location");
        JsonNode unsubscribe = paths.path("/api/admin/webhook-subscriptions/{id}").path("delete");
        assertThat(successStatuses(unsubscribe)).containsExactly("204");
        assertThat(unsubscribe.path("responses").path("204").has("content")).isFalse();
        assertThat(successStatuses(paths.path("/api/admin/webhook-deliveries/{id}/retry").path("post")))
                .containsExactly("200");
        assertThat(successStatuses(paths.path("/api/admin/dead-letters/{processingGroup}/sequences/{sequenceId}/retry")
                .path("post"))).containsExactly("200");
    }

    @Test
    void every_operation_lists_what_the_filters_in_front_of_it_can_answer() {
        forEachOperation(document(), (name, operation) -> {
            Set<String> refusals = errorStatuses(operation);
            assertThat(refusals).as(name).containsAll(EVERY_OPERATION_MAY_ANSWER);
            if (name.startsWith("POST ")) {
                assertThat(refusals).as(name).containsAll(EVERY_POST_MAY_ANSWER);
            }
            assertThat(refusals.contains("412")).as(name + ": 412 exactly where If-Match is taken")
                    .isEqualTo(headerParameters(operation).contains("If-Match"));
            assertThat(refusals.contains("415")).as(name + ": 415 exactly where a body is taken")
                    .isEqualTo(operation.has("requestBody"));
            refusals.forEach(status -> assertThat(operation.path("responses").path(status).path("content")
                    .has("application/problem+json")).as(name + " " + status + " is a problem").isTrue());
        });
    }

    @Test
    void no_operation_lists_a_refusal_it_cannot_answer() {
        forEachOperation(document(), (name, operation) -> {
            Set<String> refusals = errorStatuses(operation);
            boolean onOneRecord = name.contains("{") || name.equals("POST /api/vettings");
            assertThat(refusals.contains("404")).as(name + ": 404 only on one record").isEqualTo(onOneRecord);
            boolean takesInput = name.startsWith("POST ") || operation.has("requestBody")
                    || parameters(operation, "query").findAny().isPresent();
            assertThat(refusals.contains("400")).as(name + ": 400 only where there is input to refuse")
                    .isEqualTo(takesInput);
        });
    }

    @Test
    void concrete_operations_list_exactly_the_refusals_they_can_answer() {
        JsonNode paths = document().path("paths");

        assertThat(errorStatuses(paths.path("/api/partnership-statistics").path("get")))
                .containsExactly("401", "403", "429", "503");
        assertThat(errorStatuses(paths.path("/api/partnerships").path("get")))
                .containsExactly("400", "401", "403", "429", "503");
        assertThat(errorStatuses(paths.path("/api/partnerships/{partnershipId}/reviews").path("post")))
                .containsExactly("400", "401", "403", "404", "409", "412", "413", "415", "422", "429", "503");
        assertThat(errorStatuses(paths.path("/api/vettings").path("post")))
                .as("the partnership or partner named in the body may not exist")
                .containsExactly("400", "401", "403", "404", "409", "413", "415", "422", "429", "503");
        assertThat(errorStatuses(paths.path("/api/vettings/{vettingId}/screenings").path("post")))
                .as("no body").containsExactly("400", "401", "403", "404", "409", "412", "413", "422", "429", "503");
        assertThat(errorStatuses(paths.path("/api/admin/projections/{name}/replay").path("post")))
                .containsExactly("400", "401", "403", "404", "409", "413", "422", "429", "503");
        assertThat(errorStatuses(paths.path("/api/admin/webhook-subscriptions/{id}").path("delete")))
                .containsExactly("401", "403", "404", "429", "503");
    }

    @Test
    void every_property_of_every_schema_and_every_parameter_is_described() {
        JsonNode document = document();
        List<String> undescribed = new ArrayList<>();
        document.path("components").path("schemas").properties().forEach(schema ->
                schema.getValue().path("properties").properties().forEach(property -> {
                    if (!described(property.getKey(), property.getValue())) {
                        undescribed.add(schema.getKey() + "." + property.getKey());
                    }
                }));
        forEachOperation(document, (name, operation) -> operation.path("parameters").forEach(parameter -> {
            if (!described(parameter.path("name").asText(), parameter)) {
                undescribed.add(name + " " + parameter.path("in").asText() + " " + parameter.path("name").asText());
            }
        }));
        assertThat(undescribed).as("properties and parameters without a description of their own").isEmpty();
    }

    @Test
    void request_schemas_require_what_bean_validation_or_a_business_rule_requires() {
        JsonNode schemas = document().path("components").path("schemas");

        assertThat(required(schemas, "ProposePartnershipRequest"))
                .containsExactlyInAnyOrder("title", "purpose", "form", "agencyRole", "scope", "partners");
        assertThat(required(schemas, "WithdrawProposalRequest")).as("P8").containsExactlyInAnyOrder("reason",
                "withdrawnOn");
        assertThat(required(schemas, "DiscontinuePartnershipRequest")).as("P8, the principle only for a violation")
                .containsExactlyInAnyOrder("reason", "justification", "effectiveDate", "continuityMeasures");
        assertThat(required(schemas, "RecordReviewRequest")).as("P6").containsExactlyInAnyOrder("reviewDate",
                "progress", "functioning", "worthItsCosts", "participants", "commitments", "recommendation",
                "summary");
        assertThat(required(schemas, "ConcludeAgreementRequest")).as("P4: the rest only for a formal partnership")
                .containsExactlyInAnyOrder("signedOn", "objectives", "contributions");
        assertThat(required(schemas, "AmendAgreementRequest")).as("P10").containsExactlyInAnyOrder("amendedOn",
                "rationale");
        assertThat(required(schemas, "CorrectRecordedFactRequest")).as("P11").containsExactlyInAnyOrder("fact",
                "newValue", "reason");
        assertThat(required(schemas, "AssessCriterionRequest")).as("V2: a condition only when MITIGATED")
                .containsExactlyInAnyOrder("criterion", "result", "evidence");
        assertThat(required(schemas, "DecideVettingRequest")).as("V5: conditions only with conditions")
                .containsExactlyInAnyOrder("decision", "reasons");
        assertThat(required(schemas, "ReopenVettingRequest")).as("V8").containsExactlyInAnyOrder("reason",
                "information");
    }

    @Test
    void answers_require_the_fields_they_always_carry() {
        JsonNode schemas = document().path("components").path("schemas");

        assertThat(required(schemas, "CommandAccepted")).containsExactlyInAnyOrder("id", "version");
        assertThat(required(schemas, "RecordedReview")).containsExactlyInAnyOrder("id", "version", "reviewId");
        assertThat(required(schemas, "PartnershipView")).as("a number is always there, null never").contains("version");
    }

    @Test
    void a_partners_vetting_in_a_partnership_is_its_outcome_not_the_whole_vetting() {
        JsonNode document = document();
        JsonNode vetting = document.path("components").path("schemas").path("PartnerView").path("properties")
                .path("vetting");

        assertThat(propertyNames(document, vetting)).as("two classes of one name would share one schema")
                .contains("outcome", "reusedClearance").doesNotContain("criteria");
    }

    @Test
    void the_event_export_documents_its_media_types_and_the_fields_of_one_event() throws Exception {
        JsonNode document = document();
        JsonNode export = document.path("paths").path("/api/audit/events").path("get");
        JsonNode content = export.path("responses").path("200").path("content");

        assertThat(names(content)).containsExactlyInAnyOrder("application/x-ndjson", "text/csv");
        assertThat(errorStatuses(export)).as("an Accept it cannot answer").contains("406");
        assertThat(headerParameters(export)).as("Accept chooses the format; OpenAPI ignores it as a parameter")
                .doesNotContain("Accept");
        List<String> documented = propertyNames(document, content.path("application/x-ndjson").path("schema"));
        ApiClient api = new ApiClient(port);
        assertThat(api.post("officer", "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY).status())
                .isEqualTo(201);
        JsonNode exported = JSON.readTree(firstLine(api, "application/x-ndjson"));
        assertThat(documented).as("the documented fields of one line")
                .containsExactlyInAnyOrderElementsOf(names(exported));
        String csvHeader = firstLine(api, "text/csv");
        assertThat(content.path("text/csv").path("schema").path("type").asText()).isEqualTo("string");
        assertThat(content.path("text/csv").path("schema").path("description").asText())
                .as("the documented columns").contains(csvHeader.split(","));
    }

    private static String firstLine(ApiClient api, String mediaType) {
        ApiClient.Response export = api.raw("auditor", "GET", "/api/audit/events?aggregateType=Partnership", null,
                Map.of("Accept", mediaType));
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        return export.body().lines().findFirst().orElseThrow();
    }

    private JsonNode document() {
        return new ApiClient(port).get(null, "/v3/api-docs").json();
    }

    /** Each operation under {@code /api/}, as "METHOD path". */
    private static void forEachOperation(JsonNode document, BiConsumer<String, JsonNode> check) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operations.put(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue())));
        assertThat(operations).hasSizeGreaterThan(40);
        operations.forEach(check);
    }

    private static List<String> successStatuses(JsonNode operation) {
        assertThat(operation.isMissingNode()).as("the operation is documented").isFalse();
        return names(operation.path("responses")).stream().filter(status -> status.startsWith("2")).toList();
    }

    private static Set<String> errorStatuses(JsonNode operation) {
        assertThat(operation.isMissingNode()).as("the operation is documented").isFalse();
        return new TreeSet<>(names(operation.path("responses")).stream()
                .filter(status -> status.matches("[45]\\d\\d")).toList());
    }

    private static List<String> describedHeaders(JsonNode response) {
        List<String> names = new ArrayList<>();
        response.path("headers").properties().forEach(header -> {
            assertThat(header.getValue().path("description").asText()).as(header.getKey()).isNotBlank();
            names.add(header.getKey());
        });
        return names;
    }

    private static Stream<JsonNode> parameters(JsonNode operation, String in) {
        List<JsonNode> found = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> {
            if (parameter.path("in").asText().equals(in)) {
                found.add(parameter);
            }
        });
        return found.stream();
    }

    /** A description of its own: there, and more than the name again. */
    private static boolean described(String name, JsonNode node) {
        String description = node.path("description").asText("").strip();
        return !description.isEmpty() && !description.equalsIgnoreCase(name);
    }

    private static List<String> required(JsonNode schemas, String name) {
        JsonNode schema = schemas.path(name);
        assertThat(schema.isMissingNode()).as(name + " is in the document").isFalse();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(field -> required.add(field.asText()));
        return required;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The properties of the schema, of the component it refers to, and of those it is composed of (allOf). */
    private static List<String> propertyNames(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema.has("$ref") ? document.at(schema.path("$ref").asText().substring(1)) : schema;
        List<String> names = new ArrayList<>(names(resolved.path("properties")));
        resolved.path("allOf").forEach(part -> names.addAll(propertyNames(document, part)));
        return names;
    }

    @Test
    void swagger_ui_is_served() {
        assertThat(new ApiClient(port).get(null, "/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
