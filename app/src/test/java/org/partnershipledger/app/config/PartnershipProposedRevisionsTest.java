package org.partnershipledger.app.config;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.Test;
import org.partnershipledger.adapters.persistence.upcasting.PartnershipProposedUpcaster;
import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.UserId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.eventsourcing.EventStreamUtils.upcastAndDeserializeDomainEvents;

/**
 * {@code PartnershipProposed} as revision 1 stored it, from a golden file: the payload bytes the event serializer
 * wrote for a revision 1 event, produced once before revision 2 existed and never edited since. Read through the
 * upcaster chain by the service's own event serializer, it must become the revision 2 record with every value kept.
 */
class PartnershipProposedRevisionsTest {

    static final String GOLDEN_FILE = "/golden/PartnershipProposed-revision-1.json";

    private final Serializer serializer = new AxonConfiguration().eventSerializer();

    @Test
    void the_golden_file_is_revision_1_as_stored_and_names_the_transfer_transfer() {
        String stored = new String(golden(), StandardCharsets.UTF_8);

        assertThat(stored).startsWith("{\"partnershipId\":{\"value\":\"7c0f3a52-1d44-4e8b-9b1e-3f6a2c9d5e10\"}")
                .contains("\"transfer\":{\"amount\":250000,\"currency\":\"USD\"}")
                .doesNotContain("agencyTransfer");
    }

    @Test
    void a_revision_1_payload_reads_as_the_revision_2_record_with_every_value() {
        PartnershipProposed event = read(golden(), new PartnershipProposedUpcaster());

        assertThat(event).usingRecursiveComparison().ignoringFields("agencyTransfer").isEqualTo(new PartnershipProposed(
                new PartnershipId("7c0f3a52-1d44-4e8b-9b1e-3f6a2c9d5e10"),
                "Community-led abandonment of harmful practices",
                "Support communities in Senegal that choose, village by village, to abandon harmful practices",
                PartnershipForm.FORMAL_PARTNERSHIP, AgencyRole.PARTNER, Scope.NATIONAL, null,
                List.of(new PartnerProfile(new PartnerId("tostan"), "Tostan", PartnerType.CSO, "SN", "SN-ONG-1991-042",
                                EngagementLevel.ACTIVE),
                        new PartnerProfile(new PartnerId("radio-sahel"), "Radio Sahel", PartnerType.MEDIA, "SN", null,
                                EngagementLevel.ADVISORY)),
                new OfficeCode("CO-SEN"), new UserId("officer")));
        assertThat(event.agencyTransfer()).isNotNull();
        assertThat(event.agencyTransfer().amount()).isEqualByComparingTo("250000");
        assertThat(event.agencyTransfer().currency()).isEqualTo("USD");
    }

    @Test
    void without_the_upcaster_the_transfer_of_a_revision_1_payload_would_be_lost() {
        PartnershipProposed event = read(golden(), NoOpEventUpcaster.INSTANCE);

        assertThat(event.title()).isEqualTo("Community-led abandonment of harmful practices");
        assertThat(event.agencyTransfer()).as("the field was renamed: only the upcaster carries the value over").isNull();
    }

    @Test
    void revision_2_is_what_the_serializer_writes_now_and_it_reads_back_unchanged() {
        PartnershipProposed current = read(golden(), new PartnershipProposedUpcaster());
        SerializedObject<byte[]> written = serializer.serialize(current, byte[].class);

        assertThat(written.getType().getRevision()).isEqualTo("2");
        assertThat(new String(written.getData(), StandardCharsets.UTF_8))
                .contains("\"agencyTransfer\":{\"amount\":250000,\"currency\":\"USD\"}").doesNotContain("\"transfer\"");
        assertThat(read(written.getData(), "2", new PartnershipProposedUpcaster())).isEqualTo(current);
    }

    private PartnershipProposed read(byte[] payload, EventUpcaster upcaster) {
        return read(payload, "1", upcaster);
    }

    private PartnershipProposed read(byte[] payload, String revision, EventUpcaster upcaster) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Partnership",
                "7c0f3a52-1d44-4e8b-9b1e-3f6a2c9d5e10", 0, "c2b5d0a4-8f1e-4d7a-9a51-6c3e2f1b0d97",
                Instant.parse("2026-11-20T09:30:00Z"), PartnershipProposedUpcaster.PAYLOAD_TYPE, revision, payload,
                "{}".getBytes(StandardCharsets.UTF_8));
        DomainEventStream events = upcastAndDeserializeDomainEvents(Stream.of(stored), serializer,
                new EventUpcasterChain(upcaster));
        DomainEventMessage<?> message = events.next();
        assertThat(events.hasNext()).isFalse();
        return (PartnershipProposed) message.getPayload();
    }

    static byte[] golden() {
        try (InputStream in = PartnershipProposedRevisionsTest.class.getResourceAsStream(GOLDEN_FILE)) {
            assertThat(in).as(GOLDEN_FILE).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
