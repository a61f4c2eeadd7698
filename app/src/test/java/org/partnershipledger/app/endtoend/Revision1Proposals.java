package org.partnershipledger.app.endtoend;

import org.partnershipledger.adapters.persistence.upcasting.PartnershipProposedUpcaster;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PartnershipProposed} as revision 1 stored it, from ADR 014's golden file, stored into a running service's
 * event store as the first event of a partnership of the caller's. Today's code writes only revision 2, so this is
 * the one way an old proposal gets into a database; the processors then read it through the upcaster like any other.
 */
final class Revision1Proposals {

    static final String GOLDEN_FILE = "/golden/PartnershipProposed-revision-1.json";

    private Revision1Proposals() {
    }

    /** The golden file's payload, for a partnership and partners of the caller's. */
    static String payload(String partnership, String tostan, String radio) {
        return new String(golden(), StandardCharsets.UTF_8)
                .replace("7c0f3a52-1d44-4e8b-9b1e-3f6a2c9d5e10", partnership)
                .replace("{\"value\":\"tostan\"}", "{\"value\":\"" + tostan + "\"}")
                .replace("{\"value\":\"radio-sahel\"}", "{\"value\":\"" + radio + "\"}");
    }

    /**
     * Stores the payload as the service stored revision 1 before revision 2 existed: the first event of a new
     * partnership, with the metadata the service writes on a proposal today.
     */
    static void store(JdbcClient jdbc, String partnership, String payload) {
        byte[] metaData = jdbc.sql("SELECT meta_data FROM domain_event_entry WHERE payload_type = ? "
                        + "ORDER BY global_index DESC").param(PartnershipProposedUpcaster.PAYLOAD_TYPE)
                .query((rs, row) -> rs.getBytes(1)).list().get(0);
        jdbc.sql("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data) "
                        + "VALUES (?, ?, 0, 'Partnership', ?, ?, '1', ?, ?)")
                .params(UUID.randomUUID().toString(), partnership, Instant.now().toString(),
                        PartnershipProposedUpcaster.PAYLOAD_TYPE, payload.getBytes(StandardCharsets.UTF_8), metaData)
                .update();
    }

    private static byte[] golden() {
        try (InputStream in = Revision1Proposals.class.getResourceAsStream(GOLDEN_FILE)) {
            assertThat(in).as(GOLDEN_FILE).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
