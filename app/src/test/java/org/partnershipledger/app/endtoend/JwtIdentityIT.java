package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.app.support.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production identity source: no demo users, bearer tokens from the configured issuer, with the user, office
 * and roles taken from the token's claims and carried into every event. A token is accepted only when it is signed by
 * the issuer's key, names that issuer and the ledger's audience, and has not expired; any other is refused with 401
 * and an RFC 6750 challenge saying why.
 */
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"production", "test"})
class JwtIdentityIT {

    private static final TestTokens TRUSTED = new TestTokens();
    private static final TestTokens FOREIGN = new TestTokens();

    @DynamicPropertySource
    static void trustTheTestIssuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                TRUSTED::publicKeyLocation);
        // With keys from public-key-location, Spring Boot checks no issuer of its own (issuer-uri would replace the
        // key by discovery): the ledger's property names it. The audience is Spring Boot's.
        registry.add("ledger.identity.jwt.issuer", () -> TestTokens.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestTokens.AUDIENCE);
        // Outside the default profile the sanctions list must be named; the bundled sample stands in for it.
        registry.add("ledger.screening.un-list.location", () -> "classpath:sanctions/un-consolidated-sample.xml");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void a_token_with_an_office_and_roles_acts_as_that_user() throws IOException {
        Response created = propose(TRUSTED.token(Map.of("sub", "amina.diallo", "office", "CO-SEN",
                "roles", List.of("PARTNERSHIP_OFFICER", "some-other-application-role"))));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        byte[] metadata = jdbc.sql("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(id).query((rs, row) -> rs.getBytes(1)).single();
        JsonNode actor = new ObjectMapper().readTree(metadata);
        assertThat(actor.get("userId").asText()).isEqualTo("amina.diallo");
        assertThat(actor.get("office").asText()).isEqualTo("CO-SEN");
        assertThat(actor.get("roles").asText()).isEqualTo("PARTNERSHIP_OFFICER");
    }

    @Test
    void there_are_no_demo_users_outside_the_default_profile() {
        Response refused = api.post("officer", "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY);

        assertThat(refused.status()).isEqualTo(401);
        // No bearer token was sent, so the challenge carries no error (RFC 6750 section 3.1).
        assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"partnership-ledger\"");
    }

    @Test
    void a_token_signed_by_another_key_is_refused() {
        Response refused = propose(FOREIGN.token(officerClaims()));

        assertRefusedAsInvalidToken(refused, "Invalid signature");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_token_of_another_issuer_is_refused() {
        Response refused = propose(TRUSTED.token(officerClaims("iss", "https://login.example.org/realms/elsewhere")));

        assertRefusedAsInvalidToken(refused, "The iss claim is not valid");
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        Response refused = propose(TRUSTED.token(officerClaims("aud", "another-application")));

        assertRefusedAsInvalidToken(refused, "The aud claim is not valid");
    }

    @Test
    void a_token_without_an_audience_is_refused() {
        Map<String, Object> claims = new HashMap<>(officerClaims());
        claims.put("aud", null);

        assertRefusedAsInvalidToken(propose(TRUSTED.token(claims)), "The aud claim is not valid");
    }

    @Test
    void an_unsigned_token_is_refused() {
        String unsigned = TRUSTED.unsigned(officerClaims());
        assertThat(new String(Base64.getUrlDecoder().decode(unsigned.substring(0, unsigned.indexOf('.')))))
                .isEqualTo("{\"alg\":\"none\"}");

        assertRefusedAsInvalidToken(propose(unsigned), "Unsupported algorithm of none");
    }

    @Test
    void an_expired_token_is_refused() {
        // Two minutes past its expiry: beyond the 60 seconds of clock skew Spring Security allows by default.
        Map<String, Object> claims = new HashMap<>(officerClaims());
        claims.put("iat", Date.from(Instant.now().minusSeconds(600)));
        claims.put("exp", Date.from(Instant.now().minusSeconds(120)));

        assertRefusedAsInvalidToken(propose(TRUSTED.token(claims)), "Jwt expired at");
    }

    @Test
    void a_token_expired_within_the_clock_skew_is_still_accepted() {
        Map<String, Object> claims = new HashMap<>(officerClaims());
        claims.put("iat", Date.from(Instant.now().minusSeconds(600)));
        claims.put("exp", Date.from(Instant.now().minusSeconds(20)));

        Response accepted = propose(TRUSTED.token(claims));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    }

    /** RFC 6750 section 3.1: 401 with {@code WWW-Authenticate: Bearer ... error="invalid_token", error_description=...}. */
    private static void assertRefusedAsInvalidToken(Response refused, String reason) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate"))
                .startsWith("Bearer realm=\"partnership-ledger\", error=\"invalid_token\", error_description=\"")
                .contains(reason);
    }

    private static Map<String, Object> officerClaims(Object... more) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", "mallory", "office", "HQ",
                "roles", List.of("PARTNERSHIP_OFFICER")));
        for (int i = 0; i < more.length; i += 2) {
            claims.put((String) more[i], more[i + 1]);
        }
        return claims;
    }

    @Test
    void a_token_without_an_office_is_refused() {
        Response refused = propose(TRUSTED.token(Map.of("sub", "nobody", "roles", List.of("PARTNERSHIP_OFFICER"))));

        assertRefusedAsInvalidToken(refused, "does not name an office");
    }

    @Test
    void a_token_without_the_officer_role_may_not_propose() {
        Response refused = propose(TRUSTED.token(Map.of("sub", "auditor.one", "office", "HQ",
                "roles", "AUDITOR")));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void staff_act_only_on_partnerships_of_their_office_and_headquarters_on_all() {
        String senegal = propose(officer("amina.diallo", "CO-SEN")).json().get("id").asText();

        Response fromMalawi = addPartner(senegal, "from-malawi", officer("chikondi.banda", "CO-MWI"));
        Response fromRegion = addPartner(senegal, "from-region", officer("kofi.mensah", "RO-WCA"));
        Response fromSenegal = addPartner(senegal, "from-senegal", officer("amina.diallo", "CO-SEN"));
        Response fromHeadquarters = addPartner(senegal, "from-hq", officer("maria.lopez", "HQ"));

        assertThat(fromMalawi.status()).isEqualTo(403);
        assertThat(fromMalawi.json().get("detail").asText()).contains("led by CO-SEN");
        assertThat(fromRegion.status()).isEqualTo(403);
        assertThat(fromSenegal.status()).as(fromSenegal.toString()).isEqualTo(201);
        assertThat(fromHeadquarters.status()).as(fromHeadquarters.toString()).isEqualTo(201);
    }

    private String officer(String user, String office) {
        return TRUSTED.officer(user, office);
    }

    private Response addPartner(String partnership, String partnerId, String token) {
        return api.post(null, "/api/partnerships/" + partnership + "/partners", """
                {"partnerId": "%s", "name": "Partner %s", "type": "CSO", "country": "SN", "engagement": "ADVISORY"}
                """.formatted(partnerId, partnerId), Map.of("Authorization", "Bearer " + token));
    }

    private Response propose(String token) {
        return api.post(null, "/api/partnerships", ProposePartnershipContract.DOCUMENTED_BODY,
                Map.of("Authorization", "Bearer " + token));
    }
}
