package org.partnershipledger.adapters.rest.audit;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EventExportWriterTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    record Withdrawn(String partnershipId, String reason) {
    }

    /** As Spring Boot configures the web layer's mapper: Java time built in, dates as ISO-8601 strings. */
    private final ObjectMapper json = JsonMapper.builder().build();
    private final EventExportWriter writer = new EventExportWriter(json);

    private static TrackedEventMessage<?> event(long globalIndex, Object payload) {
        return new GenericTrackedDomainEventMessage<>(GapAwareTrackingToken.newInstance(globalIndex, List.of()),
                new GenericDomainEventMessage<>("Partnership", "p-1", globalIndex, payload,
                        Map.of("userId", "officer", "office", "CO-SEN", "roles", "PARTNERSHIP_OFFICER,AUDITOR",
                                "traceId", "c-0", "causationId", "c-" + globalIndex, "requestId", "r-1"),
                        "e-" + globalIndex, AT));
    }

    @Test
    void ndjson_has_one_object_per_line_with_position_record_actor_links_reason_and_payload() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = writer.write(Stream.of(event(7, new Withdrawn("p-1", "no longer needed")),
                event(9, new Withdrawn("p-1", "second"))), ExportFormat.NDJSON, out);

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertThat(written).isEqualTo(2);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).as("ends with a line break").isEmpty();
        JsonNode first = json.readTree(lines[0]);
        assertThat(first.get("globalIndex").asLong()).isEqualTo(7);
        assertThat(first.get("eventId").asString()).isEqualTo("e-7");
        assertThat(first.get("aggregateType").asString()).isEqualTo("Partnership");
        assertThat(first.get("aggregateId").asString()).isEqualTo("p-1");
        assertThat(first.get("sequenceNumber").asLong()).isEqualTo(7);
        assertThat(first.get("type").asString()).isEqualTo("Withdrawn");
        assertThat(first.get("timestamp").asString()).isEqualTo("2026-03-01T09:00:00Z");
        assertThat(first.get("actor").get("userId").asString()).isEqualTo("officer");
        assertThat(first.get("actor").get("roles")).hasSize(2);
        assertThat(first.get("correlationId").asString()).isEqualTo("c-0");
        assertThat(first.get("causationId").asString()).isEqualTo("c-7");
        assertThat(first.get("requestId").asString()).isEqualTo("r-1");
        assertThat(first.get("reason").asString()).isEqualTo("no longer needed");
        assertThat(first.get("payload").get("reason").asString()).isEqualTo("no longer needed");
        assertThat(lines[0]).doesNotContain("Withdrawn\",\"@class", "org.partnershipledger");
    }

    @Test
    void csv_has_a_header_row_and_quotes_the_payload_column_as_json_text() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        writer.write(Stream.of(event(3, new Withdrawn("p-1", "a \"typo\", fixed"))), ExportFormat.CSV, out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith(String.join(",", EventExportWriter.CSV_COLUMNS) + "\r\n");
        assertThat(csv).endsWith("\r\n");
        assertThat(csv).contains("3,e-3,Partnership,p-1,3,Withdrawn,2026-03-01T09:00:00Z,officer,CO-SEN,"
                + "\"AUDITOR,PARTNERSHIP_OFFICER\",c-0,c-3,r-1,\"a \"\"typo\"\", fixed\","
                + "\"{\"\"partnershipId\"\":\"\"p-1\"\",\"\"reason\"\":\"\"a \\\"\"typo\\\"\", fixed\"\"}\"\r\n");
    }

    /**
     * The export pulls events one at a time and flushes every {@value EventExportWriter#FLUSH_EVERY}: when it flushes,
     * it has read at most that many events beyond those already flushed, so it never holds the log.
     */
    @Test
    void a_large_export_is_written_and_flushed_as_it_is_read_never_collected() throws IOException {
        int total = 20_000;
        AtomicLong pulled = new AtomicLong();
        Stream<TrackedEventMessage<?>> source = Stream.iterate(0L, i -> i + 1).limit(total)
                .map(i -> {
                    pulled.incrementAndGet();
                    return event(i, new Withdrawn("p-1", "reason " + i));
                });
        List<Long> pulledAtFlush = new ArrayList<>();
        CountingSink sink = new CountingSink(() -> pulledAtFlush.add(pulled.get()));

        long written = writer.write(source, ExportFormat.NDJSON, sink);

        assertThat(written).isEqualTo(total);
        assertThat(sink.lines).isEqualTo(total);
        assertThat(pulledAtFlush).hasSizeGreaterThanOrEqualTo(total / EventExportWriter.FLUSH_EVERY);
        for (int i = 0; i < total / EventExportWriter.FLUSH_EVERY; i++) {
            assertThat(pulledAtFlush.get(i)).as("events read at flush " + i)
                    .isEqualTo((long) (i + 1) * EventExportWriter.FLUSH_EVERY);
        }
    }

    /** Counts lines and notes each flush; keeps nothing it is given. */
    private static final class CountingSink extends OutputStream {

        private final Runnable onFlush;
        long lines;

        CountingSink(Runnable onFlush) {
            this.onFlush = onFlush;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        @Override
        public void flush() {
            onFlush.run();
        }
    }
}
