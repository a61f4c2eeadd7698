package org.partnershipledger.app.observability;

import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which of Axon's message monitors are installed (ADR 028): its counters and the processors' time lag
 * ({@link MessageCountMetrics}), unless {@code ledger.observability.axon-message-timers=true} asks for everything its
 * auto-configuration installs. Axon's auto-configuration backs off from its own module when this one exists.
 */
@Configuration(proxyBeanMethods = false)
public class AxonMessageMetricsConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "ledger.observability", name = "axon-message-timers", havingValue = "false",
            matchIfMissing = true)
    MetricsConfigurerModule messageCountMetrics(GlobalMetricRegistry registry) {
        return new MessageCountMetrics(registry);
    }
}
