package org.partnershipledger.app.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.util.StringUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to start when no identity source is configured, instead of starting a service that answers 401 to everyone
 * (or, worse, one with Spring's generated default user); and, outside the default profile, when bearer tokens would be
 * accepted without checking whom they were issued by and for: a token the identity provider issued for another
 * application, or another issuer signing with the same keys, would otherwise act as a ledger user.
 */
@Configuration(proxyBeanMethods = false)
public class IdentitySourceGuard {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String AUDIENCES = "spring.security.oauth2.resourceserver.jwt.audiences";
    static final String PUBLIC_KEY_LOCATION = "spring.security.oauth2.resourceserver.jwt.public-key-location";
    static final String LEDGER_ISSUER = "ledger.identity.jwt.issuer";

    @Bean
    SmartInitializingSingleton requireIdentitySource(ObjectProvider<UserDetailsService> users,
                                                     ObjectProvider<JwtDecoder> tokens, Environment environment) {
        return () -> {
            if (users.getIfAvailable() == null && tokens.getIfAvailable() == null) {
                throw new NoIdentitySourceException(String.join(",", environment.getActiveProfiles()));
            }
            // The default profile is the demo machine's (demo users, fictitious sanctions list): no issuer to name.
            if (tokens.getIfAvailable() != null && !environment.matchesProfiles(DemoUsersConfiguration.PROFILE)) {
                List<String> problems = tokenValidationProblems(environment);
                if (!problems.isEmpty()) {
                    throw new IncompleteTokenValidationException(String.join(",", environment.getActiveProfiles()),
                            problems);
                }
            }
        };
    }

    /** Every missing or contradictory setting at once, so that one failed start names them all. */
    static List<String> tokenValidationProblems(Environment environment) {
        Binder binder = Binder.get(environment);
        String issuerUri = environment.getProperty(ISSUER_URI);
        String ledgerIssuer = environment.getProperty(LEDGER_ISSUER);
        List<String> audiences = binder.bind(AUDIENCES, Bindable.listOf(String.class)).orElse(List.of())
                .stream().filter(StringUtils::hasText).toList();
        List<String> problems = new ArrayList<>();
        if (!StringUtils.hasText(issuerUri) && !StringUtils.hasText(ledgerIssuer)) {
            problems.add(StringUtils.hasText(environment.getProperty(PUBLIC_KEY_LOCATION))
                    ? LEDGER_ISSUER + " is not set: with " + PUBLIC_KEY_LOCATION + " it names the issuer (iss) "
                            + "every token must carry"
                    : ISSUER_URI + " is not set: it names the issuer (iss) every token must carry");
        }
        if (StringUtils.hasText(issuerUri) && StringUtils.hasText(ledgerIssuer) && !issuerUri.equals(ledgerIssuer)) {
            problems.add(LEDGER_ISSUER + " (" + ledgerIssuer + ") differs from " + ISSUER_URI + " (" + issuerUri
                    + "): a token can name only one issuer, so every token would be refused; unset " + LEDGER_ISSUER);
        }
        if (audiences.isEmpty()) {
            problems.add(AUDIENCES + " is not set: it names the audience (aud) a token must be issued for");
        }
        return problems;
    }
}
