package org.partnershipledger.adapters.persistence.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rename of revision 2 on the JSON tree, before any record is bound: the application's tests bind it. */
class PartnershipProposedUpcasterTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PartnershipProposedUpcaster upcaster = new PartnershipProposedUpcaster();

    @Test
    void revision_1_becomes_revision_2_with_the_transfer_renamed_in_place_and_every_other_field_kept() throws Exception {
        String revision1 = """
                {"partnershipId":{"value":"p-1"},"title":"T","purpose":"P","form":"FORMAL_PARTNERSHIP",\
                "agencyRole":"PARTNER","scope":"NATIONAL","transfer":{"amount":250000,"currency":"USD"},\
                "partners":[],"leadOffice":{"value":"CO-SEN"},"proposedBy":{"value":"officer"}}""";

        IntermediateEventRepresentation upcast = only(upcast(PartnershipProposedUpcaster.PAYLOAD_TYPE, "1", revision1));

        assertThat(upcast.getType().getName()).isEqualTo(PartnershipProposedUpcaster.PAYLOAD_TYPE);
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        JsonNode payload = upcast.getData(JsonNode.class).getData();
        assertThat(JSON.writeValueAsString(payload)).isEqualTo("""
                {"partnershipId":{"value":"p-1"},"title":"T","purpose":"P","form":"FORMAL_PARTNERSHIP",\
                "agencyRole":"PARTNER","scope":"NATIONAL","agencyTransfer":{"amount":250000,"currency":"USD"},\
                "partners":[],"leadOffice":{"value":"CO-SEN"},"proposedBy":{"value":"officer"}}""");
    }

    @Test
    void a_proposal_that_transferred_nothing_keeps_its_null_under_the_new_name() {
        IntermediateEventRepresentation upcast = only(upcast(PartnershipProposedUpcaster.PAYLOAD_TYPE, "1",
                "{\"title\":\"T\",\"transfer\":null}"));

        JsonNode payload = upcast.getData(JsonNode.class).getData();
        assertThat(payload.has("transfer")).isFalse();
        assertThat(payload.has("agencyTransfer")).isTrue();
        assertThat(payload.get("agencyTransfer").isNull()).isTrue();
    }

    @Test
    void revision_2_and_other_event_types_pass_unchanged() {
        String revision2 = "{\"title\":\"T\",\"agencyTransfer\":null}";
        IntermediateEventRepresentation current = only(upcast(PartnershipProposedUpcaster.PAYLOAD_TYPE, "2", revision2));
        IntermediateEventRepresentation other = only(upcast(
                "org.partnershipledger.domain.partnership.events.AgreementConcluded", "1", "{\"transfer\":1}"));

        assertThat(current.getType().getRevision()).isEqualTo("2");
        assertThat(current.getData(JsonNode.class).getData().toString()).isEqualTo(revision2);
        assertThat(other.getType().getRevision()).isEqualTo("1");
        assertThat(other.getData(JsonNode.class).getData().toString()).isEqualTo("{\"transfer\":1}");
    }

    private List<IntermediateEventRepresentation> upcast(String type, String revision, String payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Partnership", "p-1", 0,
                UUID.randomUUID().toString(), Instant.parse("2026-01-15T09:00:00Z"), type, revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return upcaster.upcast(java.util.stream.Stream.of(new InitialEventRepresentation(entry, SERIALIZER))).toList();
    }

    private static IntermediateEventRepresentation only(List<IntermediateEventRepresentation> representations) {
        assertThat(representations).hasSize(1);
        return representations.get(0);
    }
}
