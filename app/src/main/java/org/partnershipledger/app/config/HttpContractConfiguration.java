package org.partnershipledger.app.config;

import jakarta.servlet.Filter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.adapters.persistence.idempotency.JdbcIdempotencyStore;
import org.partnershipledger.adapters.rest.concurrency.IfMatchPrecondition;
import org.partnershipledger.adapters.rest.idempotency.IdempotencyFilter;
import org.partnershipledger.adapters.rest.limits.RateLimitFilter;
import org.partnershipledger.adapters.rest.limits.RequestBodyLimitFilter;
import org.partnershipledger.adapters.rest.problem.ProblemWriter;
import org.partnershipledger.application.idempotency.IdempotencyStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;

/**
 * What makes the HTTP contract dependable beyond the controllers: the body cap (before security, so an anonymous
 * client cannot make the service read without bound), then, after authentication, the per-user rate limit and
 * idempotency keys, and {@code If-Match} on commands. Filter order: request id, body cap, security, rate limit,
 * idempotency.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpLimits.class)
public class HttpContractConfiguration implements WebMvcConfigurer {

    private static final int AFTER_SECURITY = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10;

    private final EventStore events;

    public HttpContractConfiguration(EventStore events) {
        this.events = events;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new IfMatchPrecondition(events)).addPathPatterns("/api/**");
    }

    /** The web layer's mapper (Jackson 3): a problem a filter writes reads like one a controller answers. */
    @Bean
    ProblemWriter problemWriter(ObjectMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    IdempotencyStore idempotencyStore(JdbcClient jdbc, Clock clock) {
        return new JdbcIdempotencyStore(jdbc, clock);
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(HttpLimits limits, ProblemWriter problems) {
        return ordered(new RequestBodyLimitFilter(limits.maxBodyBytes(), problems),
                SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(HttpLimits limits, ProblemWriter problems) {
        return ordered(new RateLimitFilter(limits.rateLimitBurst(), limits.rateLimitPerSecond(), System::nanoTime,
                problems), AFTER_SECURITY);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, ProblemWriter problems) {
        return ordered(new IdempotencyFilter(store, problems), AFTER_SECURITY + 1);
    }

    private static <F extends Filter> FilterRegistrationBean<F> ordered(F filter, int order) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        return registration;
    }
}
