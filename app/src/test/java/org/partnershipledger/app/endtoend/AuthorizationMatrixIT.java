package org.partnershipledger.app.endtoend;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.config.AuthorizationMatrix;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.app.support.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role against every endpoint, over real HTTP: the expected answers are written out here, by hand, from the
 * roles issue 5 gives each kind of user, independently of {@link AuthorizationMatrix}, so that a wrong matrix fails.
 * A permitted role may still be refused for other reasons (an empty body answers 400, an unknown id 404), but never
 * with 401 or 403. Office scope is checked on real partnerships, with tokens of officers of other offices.
 */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"default", "test"})
class AuthorizationMatrixIT {

    private static final List<String> USERS = List.of("officer", "vetter", "approver-country", "approver-regional",
            "committee", "auditor", "admin");
    private static final Set<String> READERS = Set.of("officer", "vetter", "approver-country", "approver-regional",
            "committee", "auditor");
    private static final Set<String> OFFICERS = Set.of("officer");
    private static final Set<String> VETTERS = Set.of("vetter");
    private static final Set<String> DECIDERS = Set.of("approver-country", "approver-regional", "committee");
    private static final Set<String> ASSESSORS = Set.of("vetter", "approver-country", "approver-regional", "committee");
    private static final Set<String> AUDITORS = Set.of("auditor");
    private static final Set<String> ADMINS = Set.of("admin");
    private static final Set<String> AUDIT_CHECKERS = Set.of("auditor", "admin");

    private static final String P = "/api/partnerships/00000000-0000-4000-8000-00000000abcd";
    private static final String V = "/api/vettings/00000000-0000-4000-8000-00000000dcba";

    private static final TestTokens ISSUER = new TestTokens();

    @DynamicPropertySource
    static void trustTheTestIssuerToo(DynamicPropertyRegistry registry) {
        // Demo users and tokens side by side: only tokens can carry an office no demo officer has.
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", ISSUER::publicKeyLocation);
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                command("/api/partnerships", OFFICERS),
                command(P + "/partners", OFFICERS),
                command(P + "/partners/some-partner/removal", OFFICERS),
                command(P + "/agreement", OFFICERS),
                command(P + "/agreement/amendments", OFFICERS),
                command(P + "/reviews", OFFICERS),
                command(P + "/corrective-plans", OFFICERS),
                command(P + "/corrective-actions/some-action/completion", OFFICERS),
                command(P + "/discontinuation", OFFICERS),
                command(P + "/withdrawal", OFFICERS),
                command(P + "/conclusion", OFFICERS),
                command(P + "/corrections", OFFICERS),
                command("/api/vettings", VETTERS),
                command(V + "/screenings", VETTERS),
                command(V + "/screening-matches/ZZe.003/dismissal", VETTERS),
                command(V + "/assessments", ASSESSORS),
                command(V + "/risk-rating", VETTERS),
                command(V + "/decision", DECIDERS),
                command(V + "/reopening", union(VETTERS, DECIDERS)),
                read("/api/partnerships"),
                read(P),
                read("/api/review-calendar"),
                read("/api/partnership-statistics"),
                read("/api/vettings"),
                read(V),
                read("/api/partners"),
                read("/api/partners/some-partner"),
                audit("/api/audit/partnerships/00000000-0000-4000-8000-00000000abcd/history"),
                audit("/api/audit/partnerships/00000000-0000-4000-8000-00000000abcd/as-of?version=0"),
                audit("/api/audit/vettings/00000000-0000-4000-8000-00000000dcba/history"),
                audit("/api/audit/vettings/00000000-0000-4000-8000-00000000dcba/as-of?version=0"),
                audit("/api/audit/events"),
                // An unknown projection, so that the permitted call answers 404 rather than start a replay.
                command("/api/admin/projections/some-projection/replay", ADMINS),
                Arguments.of(HttpMethod.GET, "/api/admin/projections", ADMINS),
                Arguments.of(HttpMethod.GET, "/api/admin/projections/some-projection", ADMINS),
                // Unknown groups and sequences, so that the permitted calls answer 404 and touch nothing.
                Arguments.of(HttpMethod.GET, "/api/admin/dead-letters", ADMINS),
                Arguments.of(HttpMethod.GET, "/api/admin/dead-letters/some-projection", ADMINS),
                command("/api/admin/dead-letters/some-projection/sequences/some-sequence/retry", ADMINS),
                command("/api/admin/dead-letters/some-projection/sequences/some-sequence/eviction", ADMINS),
                command("/api/admin/dead-letters/some-projection/sequences/some-sequence/letters/some-letter/eviction",
                        ADMINS),
                // Webhooks: an empty body or an unknown id, so that the permitted call answers 400 or 404.
                command("/api/admin/webhook-subscriptions", ADMINS),
                Arguments.of(HttpMethod.GET, "/api/admin/webhook-subscriptions", ADMINS),
                Arguments.of(HttpMethod.GET, "/api/admin/webhook-subscriptions/some-subscription", ADMINS),
                Arguments.of(HttpMethod.DELETE, "/api/admin/webhook-subscriptions/some-subscription", ADMINS),
                Arguments.of(HttpMethod.GET, "/api/admin/webhook-deliveries", ADMINS),
                Arguments.of(HttpMethod.GET, "/api/admin/webhook-deliveries/some-delivery", ADMINS),
                command("/api/admin/webhook-deliveries/some-delivery/retry", ADMINS),

                Arguments.of(HttpMethod.GET, "/api/audit/verification", AUDIT_CHECKERS),
                Arguments.of(HttpMethod.GET, "/api/audit/checkpoints", AUDIT_CHECKERS),
                // Operations data (ADR 023); health stays public, and ObservabilityContract reads the metrics.
                Arguments.of(HttpMethod.GET, "/actuator/prometheus", ADMINS));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void every_role_gets_the_answer_its_duties_allow(HttpMethod method, String path, Set<String> permitted) {
        List<String> wrong = new ArrayList<>();
        for (String user : USERS) {
            int status = call(method, user, path).status();
            boolean allowed = status != 401 && status != 403;
            if (allowed != permitted.contains(user) || (!allowed && status != 403)) {
                wrong.add(user + " got " + status);
            }
        }
        int anonymous = call(method, null, path).status();
        if (anonymous != 401) {
            wrong.add("an anonymous caller got " + anonymous);
        }
        assertThat(wrong).as(method + " " + path + " permits only " + permitted).isEmpty();
    }

    /** Commands whose bodies are well-formed, so that they reach the partnership, where its office is checked. */
    static Stream<Arguments> partnershipCommands() {
        return Stream.of(
                Arguments.of("/partners",
                        "{\"name\": \"X\", \"type\": \"CSO\", \"country\": \"SN\", \"engagement\": \"ADVISORY\"}"),
                Arguments.of("/partners/unknown/removal", "{\"reason\": \"left\"}"),
                Arguments.of("/agreement", "{\"signedOn\": \"2026-01-15\"}"),
                Arguments.of("/agreement/amendments", "{\"amendedOn\": \"2026-01-15\", \"rationale\": \"why\","
                        + " \"intendedEndDate\": \"2028-01-31\"}"),
                Arguments.of("/reviews", "{\"reviewDate\": \"2026-01-15\", \"progress\": \"ON_TRACK\","
                        + " \"recommendation\": \"CONTINUE\", \"summary\": \"joint review\"}"),
                Arguments.of("/corrective-plans", "{\"agreedOn\": \"2026-01-15\", \"actions\": [{\"description\": \"do\","
                        + " \"dueDate\": \"2026-02-01\"}]}"),
                Arguments.of("/corrective-actions/unknown/completion",
                        "{\"completedOn\": \"2026-01-15\", \"completionNote\": \"done\"}"),
                Arguments.of("/discontinuation", "{\"reason\": \"MUTUAL_AGREEMENT\"}"),
                Arguments.of("/conclusion", "{\"nextStep\": \"CLOSE\", \"concludedOn\": \"2026-01-15\"}"),
                Arguments.of("/corrections", "{\"fact\": \"TITLE\", \"oldValue\": \"a\", \"newValue\": \"b\","
                        + " \"reason\": \"typo\"}"),
                Arguments.of("/withdrawal", "{\"reason\": \"no longer needed\", \"withdrawnOn\": \"2026-01-15\"}"));
    }

    @ParameterizedTest(name = "POST …{0}")
    @MethodSource("partnershipCommands")
    void an_officer_of_another_office_is_refused_and_headquarters_is_not(String task, String body) {
        String senegal = api.post("officer", "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY)
                .json().get("id").asText();
        String path = "/api/partnerships/" + senegal + task;

        Response fromMalawi = api.post(null, path, body,
                Map.of("Authorization", "Bearer " + ISSUER.officer("chikondi.banda", "CO-MWI")));
        Response fromHeadquarters = api.post(null, path, body,
                Map.of("Authorization", "Bearer " + ISSUER.officer("maria.lopez", "HQ")));

        assertThat(fromMalawi.status()).as(fromMalawi.toString()).isEqualTo(403);
        assertThat(fromHeadquarters.status()).as(fromHeadquarters.toString()).isNotIn(401, 403);
    }

    @Test
    void every_endpoint_the_application_serves_has_a_rule_in_the_matrix() {
        List<String> unruled = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(mapping -> {
            for (String pattern : mapping.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "x");
                for (RequestMethod method : mapping.getMethodsCondition().getMethods()) {
                    if (AuthorizationMatrix.ruleFor(HttpMethod.valueOf(method.name()), path).isEmpty()) {
                        unruled.add(method + " " + pattern);
                    }
                }
            }
        });
        assertThat(unruled).as("endpoints without an authorization rule").isEmpty();
    }

    @Test
    void a_method_the_api_does_not_serve_answers_405_as_a_problem() {
        Response response = api.delete("auditor", P);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    private Response call(HttpMethod method, String user, String path) {
        if (HttpMethod.DELETE.equals(method)) {
            return api.delete(user, path);
        }
        return HttpMethod.GET.equals(method) ? api.get(user, path) : api.post(user, path, "{}");
    }

    private static Arguments command(String path, Set<String> permitted) {
        return Arguments.of(HttpMethod.POST, path, permitted);
    }

    private static Arguments read(String path) {
        return Arguments.of(HttpMethod.GET, path, READERS);
    }

    private static Arguments audit(String path) {
        return Arguments.of(HttpMethod.GET, path, AUDITORS);
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        return Stream.concat(first.stream(), second.stream()).collect(Collectors.toSet());
    }
}
