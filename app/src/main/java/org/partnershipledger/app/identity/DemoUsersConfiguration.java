package org.partnershipledger.app.identity;

import org.partnershipledger.adapters.rest.identity.InMemoryLedgerUsers;
import org.partnershipledger.adapters.rest.identity.LedgerUser;
import org.partnershipledger.application.identity.Role;
import org.partnershipledger.domain.shared.OfficeCode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Set;

/**
 * The demo users, password {@code demo}, listed in the README. They exist in the default profile only: any deployment
 * that names a profile gets none of them.
 */
@Configuration(proxyBeanMethods = false)
@Profile(DemoUsersConfiguration.PROFILE)
public class DemoUsersConfiguration {

    public static final String PROFILE = "default";
    static final String PASSWORD = "demo";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService demoUsers() {
        // The password is published in the README, so the hash protects nothing: a low cost keeps BCrypt from
        // dominating the latency of every request made with a demo user.
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        return new InMemoryLedgerUsers(List.of(
                new LedgerUser("officer", hash, office("CO-SEN"), Set.of(Role.PARTNERSHIP_OFFICER)),
                new LedgerUser("vetter", hash, office("CO-SEN"), Set.of(Role.VETTING_OFFICER)),
                new LedgerUser("approver-country", hash, office("CO-SEN"), Set.of(Role.APPROVER)),
                new LedgerUser("approver-regional", hash, office("RO-WCA"), Set.of(Role.APPROVER)),
                new LedgerUser("committee", hash, office("HQ"), Set.of(Role.APPROVER, Role.DUE_DILIGENCE_COMMITTEE)),
                new LedgerUser("auditor", hash, office("HQ"), Set.of(Role.AUDITOR)),
                new LedgerUser("admin", hash, office("HQ"), Set.of(Role.ADMIN))));
    }

    private static OfficeCode office(String code) {
        return new OfficeCode(code);
    }
}
