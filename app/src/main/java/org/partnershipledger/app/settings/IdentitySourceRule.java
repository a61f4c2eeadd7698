package org.partnershipledger.app.settings;

import org.partnershipledger.app.identity.DemoUsersConfiguration;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.util.StringUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * Someone must be able to sign in: without any source of users the service would answer 401 to everyone. And, outside
 * the default profile, bearer tokens are accepted only when the issuer (iss) and the audience (aud) they must name are
 * set (ADR 030): a token the identity provider issued for another application, or another issuer signing with the
 * same keys, would otherwise act as a ledger user.
 *
 * <p>Whether there are users or tokens is read from the bean definitions, as Spring Boot's conditions left them:
 * the demo users exist in the default profile only, a JWT decoder once one of Spring's key settings is given.
 */
final class IdentitySourceRule implements SettingsRule {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    static final String PUBLIC_KEY_LOCATION = "spring.security.oauth2.resourceserver.jwt.public-key-location";
    static final String AUDIENCES = "spring.security.oauth2.resourceserver.jwt.audiences";
    static final String LEDGER_ISSUER = "ledger.identity.jwt.issuer";

    private static final String EXAMPLE_ISSUER = "https://login.example.org/realms/agency";
    private static final String EXAMPLE_AUDIENCE = "partnership-ledger";

    @Override
    public List<SettingProblem> problems(Environment environment, ConfigurableListableBeanFactory beans) {
        boolean users = defines(beans, UserDetailsService.class);
        boolean tokens = defines(beans, JwtDecoder.class);
        boolean production = !environment.matchesProfiles(DemoUsersConfiguration.PROFILE);
        List<SettingProblem> problems = new ArrayList<>();
        if (!users && !tokens) {
            problems.add(new SettingProblem(ISSUER_URI, "is not set, nor " + JWK_SET_URI + " nor "
                    + PUBLIC_KEY_LOCATION + ": no one could sign in, as the demo users exist only in the default "
                    + "profile (on a machine where they are acceptable, SPRING_PROFILES_ACTIVE=default,postgres)",
                    EXAMPLE_ISSUER));
        }
        // The default profile is the demo machine's (demo users, fictitious sanctions list): no issuer to name. Where
        // the issuer is still to be configured, so is the audience its tokens will carry.
        if (production && tokens) {
            issuerProblems(environment, problems);
        }
        if (production && (tokens || !users)) {
            audienceProblem(environment, problems);
        }
        return problems;
    }

    private static void issuerProblems(Environment environment, List<SettingProblem> problems) {
        String issuerUri = environment.getProperty(ISSUER_URI);
        String ledgerIssuer = environment.getProperty(LEDGER_ISSUER);
        if (!StringUtils.hasText(issuerUri) && !StringUtils.hasText(ledgerIssuer)) {
            problems.add(StringUtils.hasText(environment.getProperty(PUBLIC_KEY_LOCATION))
                    ? new SettingProblem(LEDGER_ISSUER, "is not set: with " + PUBLIC_KEY_LOCATION
                            + " it names the issuer (iss) every token must carry", EXAMPLE_ISSUER)
                    : new SettingProblem(ISSUER_URI, "is not set: it names the issuer (iss) every token must carry",
                            EXAMPLE_ISSUER));
        }
        if (StringUtils.hasText(issuerUri) && StringUtils.hasText(ledgerIssuer) && !issuerUri.equals(ledgerIssuer)) {
            problems.add(new SettingProblem(LEDGER_ISSUER, "(" + ledgerIssuer + ") differs from " + ISSUER_URI + " ("
                    + issuerUri + "): a token can name only one issuer, so every token would be refused; unset "
                    + LEDGER_ISSUER));
        }
    }

    private static void audienceProblem(Environment environment, List<SettingProblem> problems) {
        List<String> audiences = Binder.get(environment).bind(AUDIENCES, Bindable.listOf(String.class))
                .orElse(List.of()).stream().filter(StringUtils::hasText).toList();
        if (audiences.isEmpty()) {
            problems.add(new SettingProblem(AUDIENCES,
                    "is not set: it names the audience (aud) a token must be issued for", EXAMPLE_AUDIENCE));
        }
    }

    /** Predicted from the definitions (factory methods' return types): nothing is created, not even a FactoryBean. */
    private static boolean defines(ConfigurableListableBeanFactory beans, Class<?> type) {
        return beans.getBeanNamesForType(type, true, false).length > 0;
    }
}
