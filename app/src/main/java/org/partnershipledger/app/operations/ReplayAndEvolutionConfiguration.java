package org.partnershipledger.app.operations;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.partnershipledger.adapters.persistence.rebuild.EventTableReader;
import org.partnershipledger.adapters.persistence.rebuild.FoldedPartnerRegistry;
import org.partnershipledger.adapters.persistence.rebuild.FoldedPartnershipViews;
import org.partnershipledger.adapters.persistence.rebuild.FoldedVettingViews;
import org.partnershipledger.adapters.persistence.rebuild.ReadModelVersions;
import org.partnershipledger.adapters.persistence.rebuild.ShadowTables;
import org.partnershipledger.adapters.persistence.upcasting.PartnershipProposedUpcaster;
import org.partnershipledger.adapters.rest.admin.ProjectionAdminController;
import org.partnershipledger.app.reliability.EventStreamGaps;
import org.partnershipledger.application.operations.ProjectionReplays;
import org.partnershipledger.projections.partnership.PartnershipViewProjection;
import org.partnershipledger.projections.vetting.PartnerRegistryProjection;
import org.partnershipledger.projections.vetting.VettingViewProjection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The event history as operators handle it (ADR 014):
 * <ul>
 *   <li>replay on demand: {@link ProjectionReplays} over Axon's streaming event processors, rebuilding each
 *       projection set-based where the events are in the relational database ({@link SetBasedRebuilds}, ADR 027),
 *       and the administrators' endpoints of {@link ProjectionAdminController} ({@code /api/admin/projections}, ADMIN only);</li>
 *   <li>event evolution: every {@link EventUpcaster} bean joins the upcaster chain of the event store (Axon's Spring
 *       Boot configuration registers them), so that events stored in an earlier revision load as the current one, both
 *       when an aggregate is sourced and when a processor streams them.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@Import(ProjectionAdminController.class)
@EnableConfigurationProperties(RebuildProperties.class)
public class ReplayAndEvolutionConfiguration {

    /**
     * Timestamps of replays are the wall clock's, not the {@link Clock} bean's, which tests move to change "today";
     * rates are measured with {@link System#nanoTime()}.
     */
    @Bean
    ProjectionReplays projectionReplays(EventProcessingConfiguration processing, EventStore events,
                                        ObjectProvider<EventStorageEngine> engines,
                                        org.axonframework.config.Configuration axon, DataSource dataSource,
                                        JdbcClient jdbc, EventSchema eventSchema, TransactionManager transactions,
                                        ObjectProvider<RebuildCheckpoint> checkpoint,
                                        RebuildProperties rebuilds) {
        boolean relational = engines.orderedStream().anyMatch(JdbcEventStorageEngine.class::isInstance);
        SetBasedRebuilds setBased = relational
                ? setBasedRebuilds(axon, dataSource, jdbc, eventSchema, transactions,
                checkpoint.getIfAvailable(() -> RebuildCheckpoint.NONE), rebuilds.recordsPerLoad())
                : null;
        return new AxonProjectionReplays(processing, events, setBased, Clock.systemUTC(), System::nanoTime);
    }

    /**
     * Once the processors run, read models whose recorded shape differs from their projection's are rebuilt
     * (ADR 027); without set-based rebuilds (Axon Server) an operator replays them.
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> readModelSchemaCheck(ProjectionReplays replays) {
        return ready -> {
            if (replays instanceof AxonProjectionReplays axonReplays) {
                axonReplays.setBased().map(setBased -> new ReadModelSchemaCheck(setBased, replays))
                        .ifPresent(ReadModelSchemaCheck::check);
            }
        };
    }

    /**
     * Set-based rebuilds of the three projections (ADR 027), when events are stored in the relational database (the
     * default, ADR 002): with Axon Server there is no event table to read, and projections replay by a reset.
     */
    private static SetBasedRebuilds setBasedRebuilds(org.axonframework.config.Configuration axon,
                                                     DataSource dataSource, JdbcClient jdbc, EventSchema eventSchema,
                                                     TransactionManager transactions, RebuildCheckpoint checkpoint,
                                                     int recordsPerLoad) {
        EventTableReader events = new EventTableReader(dataSource, eventSchema, axon.eventSerializer(),
                axon.upcasterChain(), EventStreamGaps.GAP_TIMEOUT);
        // Only what the handlers of each processing group are constructed with differs from the live wiring
        // (PersistenceConfiguration): in-memory stores instead of JDBC ones.
        Map<String, Supplier<ReadModelFold>> folds = Map.of(
                PartnershipViewProjection.PROCESSING_GROUP, () -> {
                    FoldedPartnershipViews views = new FoldedPartnershipViews();
                    return new ReadModelFold(List.of(new PartnershipViewProjection(views)), views);
                },
                VettingViewProjection.PROCESSING_GROUP, () -> {
                    FoldedVettingViews views = new FoldedVettingViews();
                    return new ReadModelFold(List.of(new VettingViewProjection(views)), views);
                },
                PartnerRegistryProjection.PROCESSING_GROUP, () -> {
                    FoldedPartnerRegistry registry = new FoldedPartnerRegistry();
                    return new ReadModelFold(List.of(new PartnerRegistryProjection(registry, new NoRegistryReads(),
                            Clock.systemUTC())), registry);
                });
        Map<String, Integer> schemaVersions = Map.of(
                PartnershipViewProjection.PROCESSING_GROUP, PartnershipViewProjection.SCHEMA_VERSION,
                VettingViewProjection.PROCESSING_GROUP, VettingViewProjection.SCHEMA_VERSION,
                PartnerRegistryProjection.PROCESSING_GROUP, PartnerRegistryProjection.SCHEMA_VERSION);
        return new SetBasedRebuilds(folds, schemaVersions, new ReadModelVersions(jdbc, Clock.systemUTC()), events,
                new ShadowTables(dataSource, jdbc),
                axon.eventProcessingConfiguration(), transactions, axon.parameterResolverFactory(),
                axon::handlerDefinition, checkpoint, Clock.systemUTC(), System::nanoTime, recordsPerLoad);
    }

    /** {@code PartnershipProposed} revision 1 ({@code transfer}) read as revision 2 ({@code agencyTransfer}). */
    @Bean
    EventUpcaster partnershipProposedUpcaster() {
        return new PartnershipProposedUpcaster();
    }
}
