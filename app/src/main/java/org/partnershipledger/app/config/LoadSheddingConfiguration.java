package org.partnershipledger.app.config;

import org.partnershipledger.adapters.rest.limits.LoadSheddingFilter;
import org.partnershipledger.adapters.rest.problem.ProblemWriter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Load shedding (ADR 024): the first filter after the request id, ahead of the body cap and of authentication, so that
 * a request refused for overload costs neither a body read nor a password hash.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoadShedding.class, ServerProperties.class})
public class LoadSheddingConfiguration {

    static final int BEFORE_BODY_LIMIT = SecurityProperties.DEFAULT_FILTER_ORDER - 20;

    @Bean
    FilterRegistrationBean<LoadSheddingFilter> loadSheddingFilter(LoadShedding limits, ServerProperties server,
                                                                  ProblemWriter problems) {
        int workerThreads = server.getTomcat().getThreads().getMax();
        FilterRegistrationBean<LoadSheddingFilter> registration = new FilterRegistrationBean<>(new LoadSheddingFilter(
                limits.maxConcurrentRequests(workerThreads), limits.overloadRetryAfterSeconds(), problems));
        registration.setOrder(BEFORE_BODY_LIMIT);
        return registration;
    }
}
