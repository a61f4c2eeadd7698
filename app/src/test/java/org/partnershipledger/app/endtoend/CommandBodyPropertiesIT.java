package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.config.AuthorizationMatrix;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.app.support.VettingSteps;
import org.partnershipledger.application.identity.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated request bodies (random JSON, wrong types, huge numbers, odd unicode, nulls, missing and extra fields,
 * and mutations of working bodies) sent to every command endpoint, as a user allowed to call it, against real
 * partnerships and vettings: no answer is a 5xx; a refusal is a problem and stores no event of its request; an
 * acceptance shows in the read model. The application runs on H2 here, started once for the class (jqwik has no
 * Spring extension; ADR 024).
 */
class CommandBodyPropertiesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<Role, String> DEMO_USER = Map.of(Role.PARTNERSHIP_OFFICER, "officer",
            Role.VETTING_OFFICER, "vetter", Role.APPROVER, "approver-country",
            Role.DUE_DILIGENCE_COMMITTEE, "committee", Role.AUDITOR, "auditor", Role.ADMIN, "admin");
    private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
    private static final int PARTNERSHIPS = 4;

    private static ConfigurableApplicationContext application;
    private static ApiClient api;
    private static JdbcClient jdbc;
    private static List<String> endpoints;
    private static final List<Target> targets = new ArrayList<>();

    /** A partnership proposed for the tries, its partner, and the vetting the process opened for that partner. */
    record Target(String partnershipId, String partnerId, String vettingId) {
    }

    @BeforeContainer
    static void start() {
        application = new SpringApplicationBuilder(PartnershipLedgerApplication.class)
                .profiles("default", "test")
                .properties("server.port=0", "ledger.http.rate-limit-burst=1000000",
                        "ledger.http.rate-limit-per-second=1000000")
                .run();
        int port = ((ServletWebServerApplicationContext) application).getWebServer().getPort();
        api = new ApiClient(port);
        jdbc = application.getBean(JdbcClient.class);
        endpoints = commandEndpoints(application.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class));
        for (int i = 0; i < PARTNERSHIPS; i++) {
            Response proposed = api.post("officer", "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY);
            assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
            String id = proposed.json().get("id").asText();
            JsonNode view = api.getEventually("officer", "/api/partnerships/" + id, r -> r.status() == 200).json();
            String partner = view.path("partners").path(0).path("partnerId").asText();
            String vetting = VettingSteps.vettingIdFor(id, partner);
            assertThat(api.getEventually("vetter", "/api/vettings/" + vetting, r -> r.status() == 200).status())
                    .as("the vetting the process opens").isEqualTo(200);
            targets.add(new Target(id, partner, vetting));
        }
    }

    @AfterContainer
    static void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Property(tries = 250, shrinking = ShrinkingMode.BOUNDED)
    void no_body_yields_a_server_error_and_a_refused_one_stores_nothing(@ForAll("requests") Request request) {
        Target target = targets.get(request.target());
        String path = endpoints.get(request.endpoint() % endpoints.size());
        String concretePath = path.replace("{partnershipId}", target.partnershipId())
                .replace("{vettingId}", target.vettingId()).replace("{partnerId}", target.partnerId())
                .replaceAll("\\{[^}]+}", UNKNOWN_ID);
        String body = request.body(template(path, target));
        String requestId = "property-" + UUID.randomUUID();
        String user = permittedUser(path);

        Response response = api.post(user, concretePath, body, Map.of("X-Request-Id", requestId));

        String what = "POST " + concretePath + " as " + user + " with " + body + " answered " + response;
        assertThat(response.status()).as(what).isLessThan(500);
        if (response.status() >= 400) {
            assertThat(response.header("Content-Type")).as(what).startsWith("application/problem+json");
            assertThat(eventsOf(requestId)).as("events stored for a refused " + what).isZero();
        } else {
            assertThat(eventsOf(requestId)).as("events stored for " + what).isPositive();
            readModelShows(concretePath, response, what);
        }
        // Both halves of the property must be exercised: bodies that get through as well as refused ones.
        Statistics.label("answer").collect(response.status() / 100 + "xx");
        Statistics.label("answer").coverage(coverage -> {
            coverage.check("2xx").count(n -> n >= 5);
            coverage.check("4xx").percentage(percent -> percent >= 50);
        });
    }

    // ---- checks -------------------------------------------------------------------------------------------------

    private static long eventsOf(String requestId) {
        return jdbc.sql("SELECT meta_data FROM domain_event_entry ORDER BY global_index DESC")
                .query((rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8)).list().stream()
                .limit(200).filter(metadata -> metadata.contains(requestId)).count();
    }

    /** The view of the record the command changed reaches the version the command answered with. */
    private static void readModelShows(String path, Response response, String what) {
        JsonNode answer = response.json();
        if (!answer.has("version")) {
            return;
        }
        long version = answer.get("version").asLong();
        String[] parts = path.split("/");
        String collection = parts[2];
        if (!collection.equals("partnerships") && !collection.equals("vettings")) {
            return;
        }
        String id = parts.length > 3 ? parts[3] : answer.get("id").asText();
        Response view = api.getEventually("auditor", "/api/" + collection + "/" + id,
                r -> r.status() == 200 && r.json().path("version").asLong(-1) >= version);
        assertThat(view.status()).as("the read model after " + what).isEqualTo(200);
        assertThat(view.json().path("version").asLong(-1)).as("the read model after " + what)
                .isGreaterThanOrEqualTo(version);
    }

    // ---- endpoints ----------------------------------------------------------------------------------------------

    private static List<String> commandEndpoints(RequestMappingHandlerMapping mappings) {
        List<String> paths = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(mapping -> {
            if (mapping.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                mapping.getPatternValues().stream().filter(path -> path.startsWith("/api/")).forEach(paths::add);
            }
        });
        paths.sort(String::compareTo);
        assertThat(paths).hasSizeGreaterThan(10);
        return paths;
    }

    private static String permittedUser(String path) {
        String concrete = path.replaceAll("\\{[^}]+}", UNKNOWN_ID);
        Role role = AuthorizationMatrix.ruleFor(HttpMethod.POST, concrete).orElseThrow().roles().stream()
                .filter(DEMO_USER::containsKey).findFirst().orElseThrow();
        return DEMO_USER.get(role);
    }

    /** A body the endpoint accepts in the right state: the starting point of the mutations. */
    private static JsonNode template(String path, Target target) {
        LocalDate today = LocalDate.now();
        String partner = target.partnerId();
        String json;
        if (path.equals("/api/partnerships")) {
            json = ProposePartnershipContract.DOCUMENTED_BODY;
        } else if (path.endsWith("/partners")) {
            json = """
                    {"name": "Réseau des jeunes", "type": "CSO", "country": "SN", "engagement": "ADVISORY"}""";
        } else if (path.endsWith("/removal")) {
            json = """
                    {"reason": "Left the programme"}""";
        } else if (path.endsWith("/agreement")) {
            json = """
                    {"signedOn": "%s", "objectives": ["Abandonment in 200 villages"], "operationalTargets": ["Run it"],
                     "contributions": [{"partnerId": "%s", "inKind": "Facilitators", "role": "Implementer",
                       "responsibilities": "Runs the programme"}], "startDate": "%s", "intendedEndDate": "%s",
                     "reviewFrequencyMonths": 6, "monitoringAndEvaluation": "Quarterly reports",
                     "indicators": ["Villages declaring"], "exitStrategy": "Stop below 50 villages"}"""
                    .formatted(today, partner, today, today.plusYears(2));
        } else if (path.endsWith("/amendments")) {
            json = """
                    {"amendedOn": "%s", "intendedEndDate": "%s", "rationale": "More villages"}"""
                    .formatted(today, today.plusYears(3));
        } else if (path.endsWith("/reviews")) {
            json = """
                    {"reviewId": "r-1", "reviewDate": "%s", "progress": "LITTLE_OR_NO_PROGRESS",
                     "functioning": {"decisionMakingAndGovernance": {"rating": "WORKS_WELL"}, "roles": {"rating": "WORKS_WELL"},
                       "communications": {"rating": "WORKS_WELL"}, "workingRelations": {"rating": "WORKS_WELL"},
                       "financialOperations": {"rating": "WORKS_WELL"}}, "worthItsCosts": true,
                     "participants": ["%s"], "commitments": [{"partnerId": "%s", "kept": true}],
                     "recommendation": "CORRECTIVE_ACTION", "summary": "Joint review"}"""
                    .formatted(today, partner, partner);
        } else if (path.endsWith("/corrective-plans")) {
            json = """
                    {"planId": "plan-1", "agreedOn": "%s", "actions": [{"actionId": "action-1",
                      "description": "Recruit facilitators", "responsiblePartnerId": "%s", "dueDate": "%s"}]}"""
                    .formatted(today, partner, today.plusDays(30));
        } else if (path.endsWith("/completion")) {
            json = """
                    {"completedOn": "%s", "completionNote": "Done"}""".formatted(today);
        } else if (path.endsWith("/discontinuation")) {
            json = """
                    {"reason": "CHANGED_CONTEXT", "justification": "Taken over", "effectiveDate": "%s",
                     "continuityMeasures": ["Keep in touch"]}""".formatted(today);
        } else if (path.endsWith("/withdrawal")) {
            json = """
                    {"reason": "Funding fell through", "withdrawnOn": "%s"}""".formatted(today);
        } else if (path.endsWith("/conclusion")) {
            json = """
                    {"finalEvaluation": {"participants": ["%s"], "findings": ["Done"], "lessons": ["Learnt"]},
                     "sustainabilityMeasures": ["Committees"], "nextStep": "SUSTAIN", "concludedOn": "%s"}"""
                    .formatted(partner, today);
        } else if (path.endsWith("/corrections")) {
            json = """
                    {"fact": "TITLE", "oldValue": "Community-led abandonment of harmful practices",
                     "newValue": "Community-led abandonment", "reason": "Shorter"}""";
        } else if (path.equals("/api/vettings")) {
            json = """
                    {"partnershipId": "%s", "partnerId": "%s", "tier": "ENHANCED"}"""
                    .formatted(target.partnershipId(), partner);
        } else if (path.endsWith("/assessments")) {
            json = """
                    {"criterion": "CORE_VALUES", "result": "MET", "evidence": "Desk review"}""";
        } else if (path.endsWith("/risk-rating")) {
            json = """
                    {"reputational": {"likelihood": 1, "impact": 3}, "fiduciary": {"likelihood": 2, "impact": 2},
                     "performance": {"likelihood": 1, "impact": 2}}""";
        } else if (path.endsWith("/decision")) {
            json = """
                    {"decision": "CLEARED", "reasons": ["Fine"]}""";
        } else if (path.endsWith("/reopening")) {
            json = """
                    {"reason": "ADVERSE_MEDIA", "information": "Press reports"}""";
        } else if (path.endsWith("/dismissal")) {
            json = """
                    {"justification": "Another company"}""";
        } else {
            json = "{}";
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- generation ---------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Request> requests() {
        return Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, PARTNERSHIPS - 1),
                        Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 999).list().ofMaxSize(12))
                .as(Request::new);
    }

    /**
     * One generated request: the endpoint, the partnership it goes to, and how its body is made: the endpoint's working
     * body (kind 0), that body mutated (kinds 1 to 3, by the dice), a random JSON value (4), or a cut-off body (5).
     */
    record Request(int endpoint, int target, int kind, List<Integer> dice) {

        String body(JsonNode template) {
            Iterator<Integer> roll = dice.iterator();
            return switch (kind) {
                case 0 -> template.toString();
                case 1, 2, 3 -> {
                    JsonNode body = template.deepCopy();
                    while (roll.hasNext()) {
                        body = mutate(body, roll.next(), roll);
                    }
                    yield body.toString();
                }
                case 4 -> randomValue(roll, 3).toString();
                default -> {
                    String whole = template.toString();
                    yield whole.substring(0, dice.isEmpty() ? 0 : dice.get(0) % whole.length());
                }
            };
        }

        @Override
        public String toString() {
            return "endpoint " + endpoint + ", partnership " + target + ", kind " + kind + ", dice " + dice;
        }
    }

    private static JsonNode mutate(JsonNode node, int die, Iterator<Integer> roll) {
        if (node instanceof ObjectNode object && !object.isEmpty()) {
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            String field = fields.get(die % fields.size());
            switch (die % 5) {
                case 0 -> object.remove(field);
                case 1 -> object.set(field, randomValue(roll, 2));
                case 2 -> object.set(field, mutate(object.get(field), next(roll), roll));
                case 3 -> object.set("unexpected" + die, randomValue(roll, 1));
                default -> object.putNull(field);
            }
            return object;
        }
        if (node instanceof ArrayNode array && !array.isEmpty()) {
            int index = die % array.size();
            switch (die % 3) {
                case 0 -> array.set(index, mutate(array.get(index), next(roll), roll));
                case 1 -> array.add(randomValue(roll, 1));
                default -> array.remove(index);
            }
            return array;
        }
        return randomValue(roll, 1);
    }

    /** A JSON value of the kind careless or hostile clients send. */
    private static JsonNode randomValue(Iterator<Integer> roll, int depth) {
        int die = next(roll);
        return switch (die % 22) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(die % 2 == 0);
            case 2 -> NODES.numberNode(-1);
            case 3 -> NODES.numberNode(2_147_483_648L);
            case 4 -> NODES.numberNode(new BigDecimal("1e400"));
            case 5 -> NODES.numberNode(new BigInteger("123456789012345678901234567890"));
            case 6 -> NODES.numberNode(0.1);
            case 7 -> NODES.textNode("");
            case 8 -> NODES.textNode(" \t ");
            case 9 -> NODES.textNode("nul\u0000char");
            case 10 -> NODES.textNode("é✓😀 مرحبا \u202e");
            case 11 -> NODES.textNode("x".repeat(5000));
            case 12 -> NODES.textNode("+999999999-12-31");
            case 13 -> NODES.textNode("9999-12-31");
            case 14 -> NODES.textNode("0001-01-01");
            case 15 -> NODES.textNode("2025-02-30");
            case 16 -> NODES.textNode(die % 2 == 0 ? "CLEARED" : "LITTLE_OR_NO_PROGRESS");
            case 17 -> NODES.numberNode(die);
            case 18 -> NODES.textNode(UNKNOWN_ID);
            case 19 -> depth > 0 ? NODES.arrayNode().add(randomValue(roll, depth - 1)).addNull()
                    : NODES.arrayNode();
            case 20 -> depth > 0 ? NODES.objectNode().set("amount", randomValue(roll, depth - 1))
                    : NODES.objectNode();
            default -> NODES.textNode("2025-06-0" + (1 + die % 9));
        };
    }

    private static int next(Iterator<Integer> roll) {
        return roll.hasNext() ? roll.next() : 0;
    }
}
