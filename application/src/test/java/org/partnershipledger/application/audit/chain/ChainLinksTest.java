package org.partnershipledger.application.audit.chain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ChainLinksTest {

    static final StoredEvent FIRST = new StoredEvent(1, "e-1", "p-1", 0, "Partnership", "2026-11-21T10:15:30.123Z",
            "org.partnershipledger.domain.partnership.events.PartnershipProposed", "1", utf8("{\"title\":\"Café\"}"),
            utf8("{\"userId\":\"officer\"}"));

    /**
     * Computed independently, by the Python recomputation in docs/tamper-evidence.md: an auditor can check the chain
     * without this code, and any change to the definition of a link fails here.
     */
    @Test
    void links_are_the_documented_sha_256_so_that_anyone_can_recompute_them() {
        assertThat(ChainLinks.genesis()).isEqualTo("4b34e5393b2ca71b7b1aac5e0112e7d255c74b20234f91b9815c0a45ad69c561");
        String first = ChainLinks.link(ChainLinks.genesis(), FIRST);
        assertThat(first).isEqualTo("4d43e686e60db8d6c2a95be13d964270e2c7692d514e229b6013ccbb1600d0d3");
        StoredEvent withNulls = new StoredEvent(3, "e-2", "p-1", 1, null, "2026-11-21T10:15:31Z", "x.Y", null,
                new byte[0], null);
        assertThat(ChainLinks.link(first, withNulls))
                .isEqualTo("ae84cf41757fdf024b622c42f2417f32af3b6798034a8e089c11f2b48eea281e");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "global_index         | 2",
            "event_identifier     | e-9",
            "aggregate_identifier | p-9",
            "sequence_number      | 7",
            "type                 | Vetting",
            "time_stamp           | 2026-11-21T10:15:30.124Z",
            "payload_type         | x.Other",
            "payload_revision     | 2",
            "payload              | {\"title\":\"Cafe\"}",
            "meta_data            | {\"userId\":\"auditor\"}",
            "type                 | NULL",
            "meta_data            | NULL"})
    void every_stored_column_is_covered_by_the_link(String column, String value) {
        assertThat(ChainLinks.link(ChainLinks.genesis(), with(FIRST, column, "NULL".equals(value) ? null : value)))
                .isNotEqualTo(ChainLinks.link(ChainLinks.genesis(), FIRST));
    }

    @Test
    void a_missing_value_differs_from_an_empty_one() {
        StoredEvent withoutRevision = with(FIRST, "payload_revision", null);

        assertThat(ChainLinks.link(ChainLinks.genesis(), with(FIRST, "payload_revision", "")))
                .isNotEqualTo(ChainLinks.link(ChainLinks.genesis(), withoutRevision));
    }

    @Test
    void text_moved_from_one_column_to_the_next_changes_the_link() {
        StoredEvent moved = with(with(FIRST, "event_identifier", "e-1p"), "aggregate_identifier", "-1");

        assertThat(ChainLinks.link(ChainLinks.genesis(), moved)).isNotEqualTo(ChainLinks.link(ChainLinks.genesis(), FIRST));
    }

    @Test
    void the_previous_link_is_covered() {
        String other = ChainLinks.link(ChainLinks.genesis(), FIRST);

        assertThat(ChainLinks.link(other, FIRST)).isNotEqualTo(ChainLinks.link(ChainLinks.genesis(), FIRST));
    }

    /** The event with one column, named as in the table, set to {@code value}. */
    static StoredEvent with(StoredEvent e, String column, String value) {
        return new StoredEvent(
                column.equals("global_index") ? Long.parseLong(value) : e.globalIndex(),
                column.equals("event_identifier") ? value : e.eventIdentifier(),
                column.equals("aggregate_identifier") ? value : e.aggregateIdentifier(),
                column.equals("sequence_number") ? Long.parseLong(value) : e.sequenceNumber(),
                column.equals("type") ? value : e.type(),
                column.equals("time_stamp") ? value : e.timestamp(),
                column.equals("payload_type") ? value : e.payloadType(),
                column.equals("payload_revision") ? value : e.payloadRevision(),
                column.equals("payload") ? utf8(value) : e.payload(),
                column.equals("meta_data") ? utf8(value) : e.metadata());
    }

    static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
