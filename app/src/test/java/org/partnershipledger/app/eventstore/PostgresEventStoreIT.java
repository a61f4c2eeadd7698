package org.partnershipledger.app.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.PostgresProperties;
import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.testsupport.RequiresPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store on PostgreSQL, with the two pitfalls of Axon's RDBMS tuning guide ruled out: payloads are BYTEA
 * (not OID large objects), and the global index comes from a sequence that hands out one number at a time.
 */
@RequiresPostgres
@SpringBootTest(classes = PartnershipLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"default", "test", "postgres"})
class PostgresEventStoreIT {

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresProperties.register(registry);
    }

    @Test
    void payload_and_metadata_columns_are_bytea_not_large_objects() {
        List<Map<String, Object>> columns = jdbc.sql("""
                        SELECT table_name, column_name, data_type FROM information_schema.columns
                         WHERE table_schema = current_schema()
                           AND column_name IN ('payload', 'meta_data', 'token', 'diagnostics')""")
                .query().listOfRows();

        // Events, snapshots and tokens (5), and the dead letters' payload, metadata, token and diagnostics (ADR 022).
        assertThat(columns).hasSize(9)
                .allSatisfy(column -> assertThat(column.get("data_type")).as(column.toString()).isEqualTo("bytea"));
    }

    @Test
    void the_global_index_sequence_hands_out_one_number_at_a_time() {
        Map<String, Object> sequence = jdbc.sql("""
                        SELECT increment_by, cache_size FROM pg_sequences
                         WHERE schemaname = current_schema() AND sequencename = 'domain_event_entry_global_index_seq'""")
                .query().singleRow();

        assertThat(sequence.get("increment_by")).isEqualTo(1L);
        assertThat(sequence.get("cache_size")).isEqualTo(1L);
    }

    @Test
    void appended_events_read_back_by_aggregate_and_as_a_stream_in_order() {
        String aggregate = UUID.randomUUID().toString();
        DefaultUnitOfWork.startAndGet(null).execute(() -> eventStore.publish(
                event(aggregate, 0, "first title"), event(aggregate, 1, "second title")));

        List<? extends DomainEventMessage<?>> byAggregate = eventStore.readEvents(aggregate).asStream().toList();
        assertThat(byAggregate).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(byAggregate).extracting(message -> ((PartnershipProposed) message.getPayload()).title())
                .containsExactly("first title", "second title");
        assertThat(byAggregate.get(0).getMetaData()).containsEntry("userId", "officer");

        try (Stream<? extends TrackedEventMessage<?>> stream = eventStore.openStream(null).asStream()) {
            List<String> streamed = stream.limit(2).map(message -> ((PartnershipProposed) message.getPayload()).title())
                    .toList();
            assertThat(streamed).containsExactly("first title", "second title");
        }
    }

    private static DomainEventMessage<PartnershipProposed> event(String aggregate, long sequence, String title) {
        PartnershipProposed payload = new PartnershipProposed(new PartnershipId(aggregate), title, "purpose",
                PartnershipForm.FORMAL_PARTNERSHIP, AgencyRole.PARTNER, Scope.NATIONAL, Money.of("1000", "USD"),
                List.of(new PartnerProfile(new PartnerId("tostan"), "Tostan", PartnerType.CSO, "SN", null,
                        EngagementLevel.ACTIVE)),
                new OfficeCode("CO-SEN"), new UserId("officer"));
        return new GenericDomainEventMessage<>("Partnership", aggregate, sequence, payload,
                MetaData.with("userId", "officer"));
    }
}
