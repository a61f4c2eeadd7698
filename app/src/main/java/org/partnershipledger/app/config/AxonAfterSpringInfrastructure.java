package org.partnershipledger.app.config;

import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration;
import org.axonframework.springboot.autoconfig.TransactionAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;

/**
 * Declares nothing: it only puts Axon's JDBC, transaction and Micrometer auto-configurations after the Spring Boot 4
 * ones that define the beans they are conditional on (ADR 001).
 *
 * <p>Axon Framework 4.13.0 orders them after Spring Boot 3's class names only
 * ({@code org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration},
 * {@code ...actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration}), or, for the JDBC event store,
 * after nothing but Spring Boot 3's Hibernate auto-configuration, which Spring Boot 4 moved into a module this service
 * does not have. Without this class Axon's JDBC auto-configuration is evaluated before there is a {@code DataSource},
 * backs off, and the service has no event store; its transaction manager would find no Spring one and fall back to
 * none. Axon fixed the JDBC ordering after 4.13.0 (AxonFramework pull request 4450); remove this class when
 * {@code axon.version} moves to a release that has the fix, if the suite stays green without it.
 */
@AutoConfiguration(
        after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
                CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class},
        before = {JdbcAutoConfiguration.class, TransactionAutoConfiguration.class,
                MicrometerMetricsAutoConfiguration.class})
public class AxonAfterSpringInfrastructure {
}
