package org.partnershipledger.app.settings;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.app.settings.IdentitySourceRule.AUDIENCES;
import static org.partnershipledger.app.settings.IdentitySourceRule.ISSUER_URI;
import static org.partnershipledger.app.settings.IdentitySourceRule.JWK_SET_URI;
import static org.partnershipledger.app.settings.IdentitySourceRule.LEDGER_ISSUER;
import static org.partnershipledger.app.settings.IdentitySourceRule.PUBLIC_KEY_LOCATION;

/**
 * Outside the default profile there are no demo users: a start needs a token issuer, and tokens are accepted only when
 * the issuer and the audience they must name are set (ADR 030). The default profile, the demo machine's, needs neither.
 */
class IdentitySourceRuleTest {

    private static final String ISSUER = "https://login.example.org/realms/agency";
    private static final String KEYS = "file:/etc/ledger/issuer.pem";

    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

    @Test
    void a_production_start_without_any_identity_source_names_the_issuer_and_the_audience() {
        List<SettingProblem> problems = problems(production());

        assertThat(problems).extracting(SettingProblem::property).containsExactly(ISSUER_URI, AUDIENCES);
        assertThat(problems.get(0).problem()).contains(JWK_SET_URI, PUBLIC_KEY_LOCATION, "demo users",
                "SPRING_PROFILES_ACTIVE=default,postgres");
        assertThat(problems.get(0).example()).isEqualTo(ISSUER);
    }

    @Test
    void tokens_from_a_key_file_without_issuer_or_audience_name_the_ledgers_issuer_and_the_audience() {
        List<SettingProblem> problems = problems(production().withProperty(PUBLIC_KEY_LOCATION, KEYS), tokens());

        assertThat(problems).extracting(SettingProblem::property).containsExactly(LEDGER_ISSUER, AUDIENCES);
        assertThat(problems.get(0).problem()).startsWith("is not set: with " + PUBLIC_KEY_LOCATION);
    }

    @Test
    void tokens_with_an_issuer_but_no_audience_name_the_audience() {
        assertThat(problems(production().withProperty(PUBLIC_KEY_LOCATION, KEYS).withProperty(LEDGER_ISSUER, ISSUER),
                tokens())).extracting(SettingProblem::property).containsExactly(AUDIENCES);
    }

    @Test
    void tokens_with_an_audience_but_no_issuer_name_the_issuer() {
        assertThat(problems(production().withProperty(PUBLIC_KEY_LOCATION, KEYS).withProperty(AUDIENCES,
                "partnership-ledger"), tokens())).extracting(SettingProblem::property).containsExactly(LEDGER_ISSUER);
    }

    @Test
    void without_a_key_file_the_missing_issuer_is_spring_boots_issuer_uri() {
        assertThat(problems(production().withProperty(JWK_SET_URI, "https://login.example.org/certs")
                .withProperty(AUDIENCES, "partnership-ledger"), tokens()))
                .extracting(SettingProblem::property).containsExactly(ISSUER_URI);
    }

    @Test
    void two_different_issuers_are_refused_since_a_token_names_one() {
        List<SettingProblem> problems = problems(production().withProperty(ISSUER_URI, ISSUER)
                .withProperty(LEDGER_ISSUER, "https://other.example.org").withProperty(AUDIENCES, "partnership-ledger"),
                tokens());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.property()).isEqualTo(LEDGER_ISSUER);
            assertThat(problem.problem()).contains("differs from " + ISSUER_URI);
        });
    }

    @Test
    void tokens_naming_their_issuer_and_audience_pass() {
        assertThat(problems(production().withProperty(ISSUER_URI, ISSUER).withProperty(AUDIENCES, "partnership-ledger"),
                tokens())).isEmpty();
    }

    @Test
    void a_blank_audience_counts_as_none() {
        assertThat(problems(production().withProperty(ISSUER_URI, ISSUER).withProperty(AUDIENCES, " "), tokens()))
                .extracting(SettingProblem::property).containsExactly(AUDIENCES);
    }

    @Test
    void the_default_profile_with_tokens_needs_neither_issuer_nor_audience() {
        // The demo machine: demo users beside tokens, as AuthorizationMatrixIT runs it.
        assertThat(problems(new MockEnvironment().withProperty(PUBLIC_KEY_LOCATION, KEYS), tokens(), users()))
                .isEmpty();
    }

    @Test
    void users_of_their_own_are_an_identity_source_in_any_profile() {
        assertThat(problems(production(), users())).isEmpty();
    }

    private List<SettingProblem> problems(MockEnvironment environment, Class<?>... definedBeans) {
        for (Class<?> type : definedBeans) {
            beans.registerBeanDefinition(type.getSimpleName(), new RootBeanDefinition(type));
        }
        return new IdentitySourceRule().problems(environment, beans);
    }

    private static MockEnvironment production() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("production");
        return environment;
    }

    private static Class<?> tokens() {
        return JwtDecoder.class;
    }

    private static Class<?> users() {
        return UserDetailsService.class;
    }
}
