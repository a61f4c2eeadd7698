package org.partnershipledger.adapters.rest.audit;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.partnershipledger.application.audit.views.AuditedEvent;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Writes events as they are read, one at a time, and flushes every {@value #FLUSH_EVERY} events: nothing of the log is
 * collected, so memory stays the same whether the export holds ten events or a million, and the client receives the
 * first lines while the rest is still being read.
 *
 * <p>Each event carries its position in the store ({@code globalIndex}), its identifier, its record (aggregate type,
 * id and sequence number), type, timestamp, actor, the correlation, causation and request ids, its reason and its
 * payload.
 */
public final class EventExportWriter {

    static final int FLUSH_EVERY = 100;

    /** The CSV columns, in order; the header row names them. */
    static final List<String> CSV_COLUMNS = List.of("globalIndex", "eventId", "aggregateType", "aggregateId",
            "sequenceNumber", "type", "timestamp", "userId", "office", "roles", "correlationId", "causationId",
            "requestId", "reason", "payload");

    private final ObjectMapper json;

    public EventExportWriter(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Writes the events in the format, flushing as it goes; the stream is read once, lazily, and not closed here.
     *
     * @return how many events were written
     */
    long write(Stream<? extends EventMessage<?>> events, ExportFormat format, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (format == ExportFormat.CSV) {
            writer.write(Csv.line(CSV_COLUMNS));
        }
        long written = 0;
        Iterator<? extends EventMessage<?>> iterator = events.iterator();
        while (iterator.hasNext()) {
            EventMessage<?> event = iterator.next();
            writer.write(format == ExportFormat.CSV ? csv(event) : ndjson(event));
            if (++written % FLUSH_EVERY == 0) {
                writer.flush();
            }
        }
        writer.flush();
        return written;
    }

    private String ndjson(EventMessage<?> event) {
        ObjectNode line = json.createObjectNode();
        OptionalLong position = position(event);
        if (position.isPresent()) {
            line.put("globalIndex", position.getAsLong());
        } else {
            line.putNull("globalIndex");
        }
        line.setAll((ObjectNode) json.valueToTree(AuditedEvent.of(event)));
        return json.writeValueAsString(line) + "\n";
    }

    private String csv(EventMessage<?> event) {
        AuditedEvent audited = AuditedEvent.of(event);
        OptionalLong position = position(event);
        List<String> fields = new ArrayList<>(CSV_COLUMNS.size());
        fields.add(position.isPresent() ? Long.toString(position.getAsLong()) : null);
        fields.add(audited.eventId());
        fields.add(audited.aggregateType());
        fields.add(audited.aggregateId());
        fields.add(audited.sequenceNumber() == null ? null : audited.sequenceNumber().toString());
        fields.add(audited.type());
        fields.add(audited.timestamp().toString());
        fields.add(audited.actor().userId());
        fields.add(audited.actor().office());
        fields.add(String.join(",", audited.actor().roles()));
        fields.add(audited.correlationId());
        fields.add(audited.causationId());
        fields.add(audited.requestId());
        fields.add(audited.reason());
        fields.add(json.writeValueAsString(audited.payload()));
        return Csv.line(fields);
    }

    private static OptionalLong position(EventMessage<?> event) {
        return event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position() : OptionalLong.empty();
    }
}
