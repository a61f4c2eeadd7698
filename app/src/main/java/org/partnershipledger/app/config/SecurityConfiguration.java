package org.partnershipledger.app.config;

import org.partnershipledger.adapters.rest.identity.LedgerJwtAuthentication;
import org.partnershipledger.adapters.rest.identity.ProblemSecurityResponses;
import org.partnershipledger.adapters.rest.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. The API is stateless: every request authenticates, no session cookie is issued, and so there is
 * no cross-site request to forge (CSRF protection is off for that reason, not for convenience).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtClaimProperties.class)
public class SecurityConfiguration {

    @Bean
    ProblemSecurityResponses problemSecurityResponses(ProblemWriter problems, ObjectProvider<UserDetailsService> users) {
        // The challenge names the scheme a client can actually use here.
        return new ProblemSecurityResponses(problems, (users.getIfAvailable() != null ? "Basic" : "Bearer")
                + " realm=\"" + ProblemSecurityResponses.REALM + "\"");
    }

    /**
     * The issuer check for keys read from {@code public-key-location}: Spring Boot adds every
     * {@code OAuth2TokenValidator<Jwt>} bean to the decoder's validators, after the expiry check (60 s of clock skew)
     * and beside its own issuer ({@code issuer-uri}) and audience ({@code audiences}) checks.
     */
    @Bean
    @ConditionalOnProperty("ledger.identity.jwt.issuer")
    OAuth2TokenValidator<Jwt> ledgerIssuerValidator(JwtClaimProperties claims) {
        return new JwtIssuerValidator(claims.issuer());
    }

    /**
     * HTTP Basic where there are password users (the demo users of the default profile), bearer tokens where a token
     * issuer is configured ({@code spring.security.oauth2.resourceserver.jwt.*}); the start-up check
     * ({@code IdentitySourceRule}) refuses to start with neither.
     */
    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityResponses problems, JwtClaimProperties claims,
                            ObjectProvider<UserDetailsService> users, ObjectProvider<JwtDecoder> tokens)
            throws Exception {
        if (users.getIfAvailable() != null) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        if (tokens.getIfAvailable() != null) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new LedgerJwtAuthentication(claims.toClaims())))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems));
        }
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    requests.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                            .permitAll();
                    AuthorizationMatrix.apply(requests);
                    // Every endpoint has a rule above (a test holds the matrix to that), so what reaches this line is
                    // a method or path the API does not serve: let a signed-in caller hear 404 or 405 for it.
                    requests.requestMatchers("/api/**").authenticated();
                    requests.anyRequest().denyAll();
                })
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }
}
