package org.partnershipledger.app.config;

import org.partnershipledger.adapters.rest.identity.ProblemSecurityResponses;
import org.partnershipledger.adapters.rest.problem.ProblemWriter;
import org.partnershipledger.application.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. The API is stateless: every request authenticates, no session cookie is issued, and so there is
 * no cross-site request to forge (CSRF protection is off for that reason, not for convenience).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    ProblemSecurityResponses problemSecurityResponses(ProblemWriter problems) {
        return new ProblemSecurityResponses(problems, "partnership-ledger");
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityResponses problems) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // Vetting outcomes are due-diligence decisions: approvers and the committee record them,
                        // never the officer who runs the partnership. Before the officers' rule, which would match too.
                        .requestMatchers(HttpMethod.POST, "/api/partnerships/*/vetting-outcomes")
                        .hasAnyRole(Role.APPROVER.name(), Role.DUE_DILIGENCE_COMMITTEE.name())
                        .requestMatchers(HttpMethod.POST, "/api/partnerships", "/api/partnerships/**")
                        .hasRole(Role.PARTNERSHIP_OFFICER.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        // Everything else is refused until a rule names who may do it.
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }
}
