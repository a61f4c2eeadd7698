package org.partnershipledger.app.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Refuses to start when no identity source is configured, instead of starting a service that answers 401 to everyone
 * (or, worse, one with Spring's generated default user).
 */
@Configuration(proxyBeanMethods = false)
public class IdentitySourceGuard {

    @Bean
    SmartInitializingSingleton requireIdentitySource(ObjectProvider<UserDetailsService> users,
                                                     ObjectProvider<JwtDecoder> tokens, Environment environment) {
        return () -> {
            if (users.getIfAvailable() == null && tokens.getIfAvailable() == null) {
                throw new NoIdentitySourceException(String.join(",", environment.getActiveProfiles()));
            }
        };
    }
}
