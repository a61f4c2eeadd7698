package org.partnershipledger.app.endtoend;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.config.AuthorizationMatrix;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.application.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command endpoint the application serves, sent what a careless or hostile client sends, as a user allowed to
 * call it: each answer is a 4xx problem, never a 5xx, and never shows a stack trace or a class name.
 */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"default", "test"})
class HostileRequestsIT {

    private static final Map<Role, String> DEMO_USER = Map.of(Role.PARTNERSHIP_OFFICER, "officer",
            Role.VETTING_OFFICER, "vetter", Role.APPROVER, "approver-country",
            Role.DUE_DILIGENCE_COMMITTEE, "committee", Role.AUDITOR, "auditor", Role.ADMIN, "admin");

    private static final Map<String, String> BODIES = Map.of(
            "malformed JSON", "{\"title\": ",
            "an array instead of an object", "[1, 2, 3]",
            "wrongly typed fields", "{\"title\": 5, \"partners\": \"several\", \"signedOn\": true, \"progress\": 3,"
                    + " \"reviewDate\": \"yesterday\", \"tier\": \"GOLD\", \"amount\": \"much\"}",
            "an unknown field", "{\"unknownField\": \"value\"}",
            "an empty object", "{}",
            "an oversized body", "{\"title\": \"" + "x".repeat(70_000) + "\"}");

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

    @Test
    void no_body_makes_any_command_endpoint_fail_with_a_server_error_or_leak_internals() {
        List<String> commands = commandPaths();
        List<String> wrong = new ArrayList<>();
        for (String path : commands) {
            String user = permittedUser(path);
            BODIES.forEach((kind, body) -> {
                Response response = api.post(user, path, body);
                if (!isClientProblem(response)) {
                    wrong.add(path + " with " + kind + " as " + user + ": " + response.status() + " "
                            + response.body().substring(0, Math.min(300, response.body().length())));
                }
            });
        }
        assertThat(commands).hasSizeGreaterThan(10);
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_body_that_is_not_json_answers_415_as_a_problem() {
        Response response = api.raw("officer", "POST", "/api/partnerships", "title=x",
                Map.of("Content-Type", "text/plain"));

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void asking_for_a_representation_the_api_does_not_offer_answers_406() {
        Response response = api.raw("auditor", "GET", "/api/partnerships", null, Map.of("Accept", "text/csv"));

        assertThat(response.status()).isEqualTo(406);
    }

    private List<String> commandPaths() {
        List<String> paths = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(mapping -> {
            if (mapping.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                mapping.getPatternValues().stream().filter(path -> path.startsWith("/api/"))
                        .map(path -> path.replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-000000000000"))
                        .forEach(paths::add);
            }
        });
        return paths;
    }

    private static String permittedUser(String path) {
        Role role = AuthorizationMatrix.ruleFor(HttpMethod.POST, path).orElseThrow().roles().stream()
                .filter(DEMO_USER::containsKey).findFirst().orElseThrow();
        return DEMO_USER.get(role);
    }

    private static boolean isClientProblem(Response response) {
        String body = response.body();
        return response.status() >= 400 && response.status() < 500
                && String.valueOf(response.header("Content-Type")).startsWith("application/problem+json")
                && !body.contains("org.partnershipledger") && !body.contains("Exception") && !body.contains("\tat ")
                && !body.contains("java.");
    }
}
