package org.partnershipledger.app.reliability;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.partnershipledger.adapters.persistence.eventstore.EventStoreSchema;
import org.partnershipledger.adapters.rest.admin.DeadLetterAdminController;
import org.partnershipledger.application.operations.DeadLetters;
import org.partnershipledger.application.vetting.PartnerVettingPolicy;
import org.partnershipledger.projections.partnership.PartnershipViewProjection;
import org.partnershipledger.projections.vetting.PartnerRegistryProjection;
import org.partnershipledger.projections.vetting.VettingViewProjection;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.util.List;

/**
 * Poison events and gaps (ADR 022):
 * <ul>
 *   <li>every projection's processing group parks an event it cannot apply, with the later events of the same record,
 *       in a sequenced dead-letter queue in the database ({@code dead_letter_entry}, created by Flyway), while the
 *       events of all other records keep flowing; a replay empties the group's queue with its read model;</li>
 *   <li>administrators list, retry and evict what is parked ({@link DeadLetters},
 *       {@link DeadLetterAdminController}, {@code /api/admin/dead-letters}, ADMIN only);</li>
 *   <li>the event store's gap handling is set explicitly ({@link EventStreamGaps}).</li>
 * </ul>
 * The vetting process ({@value PartnerVettingPolicy#PROCESSING_GROUP}) has no dead-letter queue: its failures are
 * retried until they pass (ADR 010), since parking a partnership's vetting would silently leave it unvetted.
 */
@Configuration(proxyBeanMethods = false)
@Import(DeadLetterAdminController.class)
public class DeadLetterConfiguration {

    /** The processing groups that park events: every projection that keeps a read model. */
    public static final List<String> PROJECTION_GROUPS = List.of(PartnershipViewProjection.PROCESSING_GROUP,
            VettingViewProjection.PROCESSING_GROUP, PartnerRegistryProjection.PROCESSING_GROUP);

    /**
     * Our table and column names, also for Axon's Spring Boot route ({@code axon.eventhandling.processors.*.dlq}),
     * should anyone enable it for another group.
     */
    @Bean
    DeadLetterSchema deadLetterSchema() {
        return EventStoreSchema.deadLetters();
    }

    @Bean
    ConfigurerModule projectionDeadLetterQueues(ConnectionProvider connections, DeadLetterSchema schema) {
        ProjectionEnqueuePolicy policy = new ProjectionEnqueuePolicy();
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (String group : PROJECTION_GROUPS) {
                processing.registerDeadLetterQueue(group, configuration ->
                                JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                        .processingGroup(group)
                                        .connectionProvider(connections)
                                        .transactionManager(configuration.getComponent(TransactionManager.class))
                                        .schema(schema)
                                        .genericSerializer(configuration.serializer())
                                        .eventSerializer(configuration.eventSerializer())
                                        .build())
                        .registerDeadLetterPolicy(group, configuration -> policy)
                        // A replay applies every event again, the parked ones too: the letters go with the read model
                        // the reset handler empties, and whatever still fails is parked afresh. The segment remembers
                        // which of its records it parked, so that an event of any other record is applied without
                        // first asking the queue (ADR 026); the queue is still asked whenever the memory may be wrong.
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (configuration, invoker) -> invoker.allowReset(true).enableSequenceIdentifierCache());
            }
        };
    }

    @Bean
    DeadLetters deadLetters(EventProcessingConfiguration processing, TransactionManager transactions) {
        return new AxonDeadLetters(processing, transactions, PROJECTION_GROUPS);
    }

    /** Static: a post-processor must exist before the beans it adjusts. */
    @Bean
    static BeanPostProcessor eventStreamGaps() {
        return new EventStreamGaps();
    }
}
