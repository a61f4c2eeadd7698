package org.partnershipledger.app.config;

import org.partnershipledger.adapters.rest.limits.LoadSheddingFilter;
import org.partnershipledger.adapters.rest.problem.ProblemWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Load shedding (ADR 024): the first filter after the request id, ahead of the body cap and of authentication, so that
 * a request refused for overload costs neither a body read nor a password hash.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoadShedding.class, TomcatServerProperties.class})
public class LoadSheddingConfiguration {

    static final int BEFORE_BODY_LIMIT = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20;

    @Bean
    FilterRegistrationBean<LoadSheddingFilter> loadSheddingFilter(LoadShedding limits, TomcatServerProperties tomcat,
                                                                  ProblemWriter problems) {
        int workerThreads = tomcat.getThreads().getMax();
        FilterRegistrationBean<LoadSheddingFilter> registration = new FilterRegistrationBean<>(new LoadSheddingFilter(
                limits.maxConcurrentRequests(workerThreads), limits.overloadRetryAfterSeconds(), problems));
        registration.setOrder(BEFORE_BODY_LIMIT);
        return registration;
    }
}
