package org.partnershipledger.app.endtoend;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.flywaydb.core.Flyway;
import org.partnershipledger.adapters.persistence.eventstore.EventStoreSchema;
import org.partnershipledger.adapters.persistence.partnership.JdbcPartnershipViewStore;
import org.partnershipledger.adapters.persistence.upcasting.PartnershipProposedUpcaster;
import org.partnershipledger.adapters.persistence.vetting.JdbcPartnerEngagementStore;
import org.partnershipledger.adapters.persistence.vetting.JdbcPartnerRegistryStore;
import org.partnershipledger.adapters.persistence.vetting.JdbcVettingViewStore;
import org.partnershipledger.app.config.StoredEventSerializer;
import org.partnershipledger.projections.partnership.PartnershipViewProjection;
import org.partnershipledger.projections.vetting.PartnerRegistryProjection;
import org.partnershipledger.projections.vetting.VettingViewProjection;
import org.partnershipledger.testsupport.PostgresTestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The read models as a fold of the event store: every stored event, read back through Axon's JDBC storage engine with
 * the service's serializer and upcasters, applied in order by the projections' own handlers (Axon's handler
 * resolution) to JDBC stores in an empty schema of their own, built by the service's Flyway migrations. Tables of the
 * fold and of the service's live read models are then compared row for row.
 *
 * <p>The live read models were built by processors that may have crashed, redelivered batches, split their segments
 * between nodes and handed them over; the fold had none of that. Equal tables mean no event was skipped and none
 * counted twice.
 */
final class EventStoreFold {

    private EventStoreFold() {
    }

    /** Folds the event store of the live schema into a new schema and answers every read-model table of each. */
    static Comparison fold(String liveUrl) {
        SingleConnectionDataSource live = dataSource(liveUrl);
        SingleConnectionDataSource fold = dataSource(PostgresTestDatabase.urlOfNewSchema());
        try {
            Flyway.configure().dataSource(fold).locations("classpath:db/migration/postgresql").load().migrate();
            JdbcClient target = JdbcClient.create(fold);
            List<AnnotationEventHandlerAdapter> projections = Stream.of(
                            new PartnershipViewProjection(new JdbcPartnershipViewStore(target)),
                            new VettingViewProjection(new JdbcVettingViewStore(target)),
                            new PartnerRegistryProjection(new JdbcPartnerEngagementStore(target),
                                    new JdbcPartnerRegistryStore(target), Clock.systemUTC()))
                    .map(AnnotationEventHandlerAdapter::new).toList();
            AtomicLong events = new AtomicLong();
            try (Stream<? extends TrackedEventMessage<?>> stored = storageEngine(live).readEvents(null, false)) {
                stored.forEach(event -> {
                    projections.forEach(projection -> apply(projection, event));
                    events.incrementAndGet();
                });
            }
            return new Comparison(events.get(), tables(JdbcClient.create(live)), tables(target));
        } finally {
            live.destroy();
            fold.destroy();
        }
    }

    private static JdbcEventStorageEngine storageEngine(SingleConnectionDataSource live) {
        Serializer serializer = StoredEventSerializer.instance();
        return JdbcEventStorageEngine.builder()
                .connectionProvider(live::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(new EventUpcasterChain(new PartnershipProposedUpcaster()))
                .schema(EventStoreSchema.events())
                .build();
    }

    private static void apply(AnnotationEventHandlerAdapter projection, TrackedEventMessage<?> event) {
        try {
            if (projection.canHandle(event)) {
                projection.handle(event);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the fold could not apply event " + event.getIdentifier(), e);
        }
    }

    /** Every read-model table, row for row in primary-key order, each value as text. */
    private static Map<String, List<Map<String, String>>> tables(JdbcClient jdbc) {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        ReplayAndEvolutionContract.READ_MODEL_TABLES.forEach((table, key) -> tables.put(table,
                jdbc.sql("SELECT * FROM " + table + " ORDER BY " + key).query().listOfRows().stream()
                        .map(EventStoreFold::asText).toList()));
        return tables;
    }

    private static Map<String, String> asText(Map<String, Object> row) {
        Map<String, String> text = new LinkedHashMap<>();
        row.forEach((column, value) -> text.put(column.toLowerCase(Locale.ROOT), value == null ? null : value.toString()));
        return text;
    }

    private static SingleConnectionDataSource dataSource(String url) {
        return new SingleConnectionDataSource(url, PostgresTestDatabase.username(), PostgresTestDatabase.password(),
                true);
    }

    /**
     * @param events how many events the fold applied
     * @param live   the service's read-model tables
     * @param folded the same tables, folded from the event store
     */
    record Comparison(long events, Map<String, List<Map<String, String>>> live,
                      Map<String, List<Map<String, String>>> folded) {
    }
}
