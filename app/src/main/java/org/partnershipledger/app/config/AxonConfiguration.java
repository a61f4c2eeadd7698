package org.partnershipledger.app.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.partnershipledger.adapters.persistence.eventstore.EventStoreSchema;
import org.partnershipledger.application.identity.AuditMetadata;
import org.partnershipledger.domain.partnership.Partnership;
import org.partnershipledger.domain.partnership.PartnershipPolicy;
import org.partnershipledger.domain.partnership.TierPolicy;
import org.partnershipledger.domain.vetting.ApprovalAuthority;
import org.partnershipledger.domain.vetting.RiskPolicy;
import org.partnershipledger.domain.vetting.Vetting;
import org.partnershipledger.domain.vetting.VettingPolicy;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Clock;

/**
 * Axon as Partnership Ledger runs it: aggregates registered here rather than by a Spring stereotype, Jackson for every
 * serializer (ADR 003), the snake-case event and token tables of the Flyway migrations (ADR 002), aggregates cached
 * between commands (ADR 016), and the acting user carried from each command to the events it causes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AggregateProperties.class)
public class AxonConfiguration {

    /**
     * With the cache on, a command finds its aggregate in memory instead of reading its history again (ADR 016). A
     * cached aggregate that another node changed meanwhile fails to append and is evicted: the command answers 409.
     */
    @Bean
    ConfigurerModule aggregates(AggregateProperties aggregates) {
        return configurer -> configurer
                .configureAggregate(cached(AggregateConfigurer.defaultConfiguration(Partnership.class), aggregates))
                .configureAggregate(cached(AggregateConfigurer.defaultConfiguration(Vetting.class), aggregates));
    }

    private static <A> AggregateConfigurer<A> cached(AggregateConfigurer<A> aggregate, AggregateProperties properties) {
        return properties.cacheSize() == 0 ? aggregate
                : aggregate.configureCache(configuration -> new LeastRecentlyUsedCache(properties.cacheSize()));
    }

    /**
     * Axon's own query bus but for the transaction it would wrap every query in: queries only read, so a read costs no
     * commit (ADR 026). A query the vetting process asks from its event handler still reads on that handler's
     * connection. Qualified as the local segment, so that the Axon Server connector, when on, routes to it.
     */
    @Bean
    @Qualifier("localSegment")
    SimpleQueryBus queryBus(org.axonframework.config.Configuration axon) {
        return SimpleQueryBus.builder()
                .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
                .errorHandler(axon.getComponent(QueryInvocationErrorHandler.class,
                        () -> LoggingQueryInvocationErrorHandler.builder().build()))
                .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
                .spanFactory(axon.getComponent(QueryBusSpanFactory.class))
                .build();
    }

    @Bean
    AggregateVersioning aggregateVersioning() {
        return new AggregateVersioning();
    }

    @Bean
    OfficeScope officeScope() {
        return new OfficeScope();
    }

    @Bean
    RefusalDetails refusalDetails() {
        return new RefusalDetails();
    }

    @Bean
    PartnershipPolicy partnershipPolicy() {
        return PartnershipPolicy.DEFAULT;
    }

    @Bean
    TierPolicy tierPolicy() {
        return TierPolicy.DEFAULT;
    }

    @Bean
    RiskPolicy riskPolicy() {
        return RiskPolicy.DEFAULT;
    }

    @Bean
    VettingPolicy vettingPolicy() {
        return VettingPolicy.DEFAULT;
    }

    @Bean
    ApprovalAuthority approvalAuthority() {
        return ApprovalAuthority.DEFAULT;
    }

    /** The clock command handlers ask for "today"; tests replace it to move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventSchema eventSchema() {
        return EventStoreSchema.events();
    }

    @Bean
    TokenSchema tokenSchema() {
        return EventStoreSchema.tokens();
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider actorCorrelationProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadata.PROPAGATED.toArray(String[]::new));
    }

    @Bean
    @Primary
    Serializer serializer() {
        return jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return jackson();
    }

    /**
     * A mapper of our own rather than the web layer's: a change to how the API reads requests must never change how
     * stored events are read. Unknown properties are ignored so that events written by a newer version still load.
     */
    static ObjectMapper messageObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private static Serializer jackson() {
        return JacksonSerializer.builder().objectMapper(messageObjectMapper()).build();
    }
}
