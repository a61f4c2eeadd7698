package org.partnershipledger.adapters.rest;

import org.partnershipledger.adapters.rest.partnership.PartnershipController;
import org.partnershipledger.adapters.rest.partnership.RecordCorrectionController;
import org.partnershipledger.adapters.rest.partnership.agreement.AgreementController;
import org.partnershipledger.adapters.rest.partnership.closing.ClosingController;
import org.partnershipledger.adapters.rest.partnership.partners.PartnersController;
import org.partnershipledger.adapters.rest.partnership.review.ReviewController;
import org.partnershipledger.adapters.rest.problem.ProblemResponses;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What the web slices start: the adapter's controllers and error responses, registered as the composition root does
 * (nothing here is component-scanned), behind a security chain that only requires someone signed in. Who may call
 * which endpoint is the composition root's rule and is tested there.
 */
@SpringBootConfiguration
@Import({PartnershipController.class, PartnersController.class, AgreementController.class, ReviewController.class,
        ClosingController.class, RecordCorrectionController.class, ProblemResponses.class})
public class RestSliceApplication {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> { })
                .build();
    }

    /** No one signs in by password here: the tests act as a ledger user directly. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
