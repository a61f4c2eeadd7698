package org.partnershipledger.app.config;

import org.partnershipledger.adapters.rest.identity.ActorMetadataInterceptor;
import org.partnershipledger.adapters.rest.identity.RequestIdFilter;
import org.partnershipledger.adapters.rest.partnership.PartnershipController;
import org.partnershipledger.adapters.rest.partnership.PortfolioReportsController;
import org.partnershipledger.adapters.rest.partnership.RecordCorrectionController;
import org.partnershipledger.adapters.rest.partnership.agreement.AgreementController;
import org.partnershipledger.adapters.rest.partnership.closing.ClosingController;
import org.partnershipledger.adapters.rest.partnership.partners.PartnersController;
import org.partnershipledger.adapters.rest.partnership.review.ReviewController;
import org.partnershipledger.adapters.rest.problem.ProblemResponses;
import org.partnershipledger.adapters.rest.vetting.VettingCommandsController;
import org.partnershipledger.adapters.rest.vetting.VettingQueriesController;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/** The HTTP adapter: its controllers, its error responses, and the request id every log line and command carries. */
@Configuration(proxyBeanMethods = false)
@Import({PartnershipController.class, PortfolioReportsController.class, PartnersController.class,
        AgreementController.class, ReviewController.class, ClosingController.class, RecordCorrectionController.class,
        VettingCommandsController.class, VettingQueriesController.class, ProblemResponses.class})
public class WebConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        // Before security, so that even a refused request has an id in the log and in its response.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ActorMetadataInterceptor actorMetadataInterceptor() {
        return new ActorMetadataInterceptor();
    }
}
