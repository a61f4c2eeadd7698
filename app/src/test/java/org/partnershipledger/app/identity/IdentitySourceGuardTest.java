package org.partnershipledger.app.identity;

import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Outside the default profile there are no demo users, and the service refuses to start without any users, or with
 * bearer tokens whose issuer and audience it would not check.
 */
class IdentitySourceGuardTest {

    private static final String KEYS = "--spring.security.oauth2.resourceserver.jwt.public-key-location="
            + new TestTokens().publicKeyLocation();

    @Test
    void a_named_profile_without_an_identity_source_does_not_start() {
        assertThatThrownBy(() -> start("production"))
                .isInstanceOf(NoIdentitySourceException.class)
                .hasMessage("no identity source is configured for profiles [production]");
    }

    @Test
    void the_refusal_reads_as_a_plain_explanation_with_an_action() {
        FailureAnalysis analysis = new NoIdentitySourceFailureAnalyzer()
                .analyze(new NoIdentitySourceException("production"));

        assertThat(analysis.getDescription()).contains("no source of users", "default profile");
        assertThat(analysis.getAction()).contains("SPRING_PROFILES_ACTIVE=default,postgres", "JWT_ISSUER_URI");
    }

    @Test
    void a_named_profile_with_tokens_but_neither_issuer_nor_audience_does_not_start_and_names_both() {
        IncompleteTokenValidationException refused = refusal("production", KEYS);

        assertThat(refused.problems()).satisfiesExactly(
                issuer -> assertThat(issuer).startsWith("ledger.identity.jwt.issuer is not set"),
                audience -> assertThat(audience).startsWith(
                        "spring.security.oauth2.resourceserver.jwt.audiences is not set"));
        assertThat(refused).hasMessageStartingWith("bearer tokens would not be checked fully for profiles [production]");
    }

    @Test
    void a_named_profile_with_tokens_and_an_issuer_but_no_audience_does_not_start() {
        IncompleteTokenValidationException refused = refusal("production", KEYS,
                "--ledger.identity.jwt.issuer=" + TestTokens.ISSUER);

        assertThat(refused.problems()).singleElement().asString()
                .startsWith("spring.security.oauth2.resourceserver.jwt.audiences is not set");
    }

    @Test
    void a_named_profile_with_tokens_and_an_audience_but_no_issuer_does_not_start() {
        IncompleteTokenValidationException refused = refusal("production", KEYS,
                "--spring.security.oauth2.resourceserver.jwt.audiences=" + TestTokens.AUDIENCE);

        assertThat(refused.problems()).singleElement().asString()
                .startsWith("ledger.identity.jwt.issuer is not set");
    }

    @Test
    void without_a_public_key_the_missing_issuer_is_named_as_spring_boots_issuer_uri() {
        IncompleteTokenValidationException refused = refusal("production",
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://login.example.org/certs",
                "--spring.security.oauth2.resourceserver.jwt.audiences=" + TestTokens.AUDIENCE);

        assertThat(refused.problems()).singleElement().asString()
                .startsWith("spring.security.oauth2.resourceserver.jwt.issuer-uri is not set");
    }

    @Test
    void the_default_profile_with_tokens_needs_neither_issuer_nor_audience() {
        // The demo machine: demo users beside tokens, as AuthorizationMatrixIT runs it.
        start("default", KEYS).close();
    }

    @Test
    void the_incomplete_token_checks_read_as_one_report_naming_every_setting() {
        FailureAnalysis analysis = new IncompleteTokenValidationFailureAnalyzer().analyze(
                new IncompleteTokenValidationException("production", List.of("first is not set", "second is not set")));

        assertThat(analysis.getDescription()).contains("without checking", "  - first is not set",
                "  - second is not set");
        assertThat(analysis.getAction()).contains("JWT_ISSUER_URI", "JWT_AUDIENCES", "LEDGER_IDENTITY_JWT_ISSUER");
    }

    private static IncompleteTokenValidationException refusal(String profile, String... switches) {
        IncompleteTokenValidationException refused = catchThrowableOfType(IncompleteTokenValidationException.class,
                () -> start(profile, switches).close());
        assertThat(refused).as("the start is refused for its token checks").isNotNull();
        return refused;
    }

    private static ConfigurableApplicationContext start(String profile, String... switches) {
        String[] arguments = Stream.concat(Stream.of("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:guard-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        // A sanctions list, which a named profile must configure too, so that identity is what is missing.
                        "--ledger.screening.un-list.location=classpath:sanctions/un-consolidated-sample.xml"),
                Stream.of(switches)).toArray(String[]::new);
        return new SpringApplicationBuilder(PartnershipLedgerApplication.class).profiles(profile).run(arguments);
    }
}
