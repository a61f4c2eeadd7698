package org.partnershipledger.adapters.rest.audit;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.partnershipledger.adapters.rest.problem.InvalidRequestException;
import org.partnershipledger.adapters.rest.problem.RequestConversion;
import org.partnershipledger.application.audit.AuditedAggregate;
import org.partnershipledger.application.audit.EventLog;
import org.partnershipledger.application.audit.ExportFilter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The export of the event log, whole or filtered by time range, kind of record and actor, as NDJSON or CSV by
 * {@code Accept}. The response is streamed: the event store is read as a stream from the first event at {@code from}
 * up to its head as it was when the request arrived, and each event is written as it is read
 * ({@link EventExportWriter}).
 */
@RestController
@RequestMapping(path = "/api/audit")
public class AuditExportController {

    private final EventLog log;
    private final EventExportWriter writer;

    public AuditExportController(EventLog log, EventExportWriter writer) {
        this.log = log;
        this.writer = writer;
    }

    /**
     * @param from          the earliest event timestamp to include (ISO 8601 instant)
     * @param to            the latest event timestamp to include
     * @param aggregateType {@code Partnership} or {@code Vetting}
     * @param actor         the user id on whose behalf the events were recorded
     * @param accept        NDJSON (also when absent or a wildcard) or CSV, whichever the client prefers; OpenAPI
     *                      leaves Accept to the content of the answer
     */
    @ApiResponse(responseCode = "200", description = "The events, oldest first, streamed as they are read",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "An attachment named "
                    + "ledger-events.ndjson or ledger-events.csv", schema = @Schema(type = "string")),
            content = {
                @Content(mediaType = ExportFormat.NDJSON_VALUE, schema = @Schema(implementation = ExportedEvent.class)),
                @Content(mediaType = ExportFormat.CSV_VALUE, schema = @Schema(type = "string", description = "RFC 4180 "
                        + "CSV in UTF-8, a header row, then a row per event, with the columns globalIndex, eventId, "
                        + "aggregateType, aggregateId, sequenceNumber, type, timestamp, userId, office, roles "
                        + "(comma-separated), correlationId, causationId, requestId, reason and payload (the "
                        + "event's fields as JSON text); an empty cell is a value the event does not have"))})
    @ApiResponse(responseCode = "406", description = "Accept admits neither application/x-ndjson nor text/csv")
    @GetMapping(path = "/events", produces = {ExportFormat.NDJSON_VALUE, ExportFormat.CSV_VALUE})
    public ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) Instant from,
                                                        @RequestParam(required = false) Instant to,
                                                        @RequestParam(required = false) String aggregateType,
                                                        @RequestParam(required = false) String actor,
                                                        @Parameter(hidden = true)
                                                        @RequestHeader(name = HttpHeaders.ACCEPT, required = false)
                                                        String accept) throws HttpMediaTypeNotAcceptableException {
        ExportFormat format = ExportFormat.negotiate(accept).orElseThrow(() ->
                new HttpMediaTypeNotAcceptableException(List.of(ExportFormat.NDJSON.mediaType(),
                        ExportFormat.CSV.mediaType())));
        AuditedAggregate aggregate = aggregateType == null ? null : AuditedAggregate.named(aggregateType)
                .orElseThrow(() -> new InvalidRequestException("aggregateType must be one of "
                        + List.of(AuditedAggregate.values()).stream().map(AuditedAggregate::typeName).toList()
                        + ", was '" + aggregateType + "'", null));
        ExportFilter filter = RequestConversion.convert(() -> new ExportFilter(from, to, aggregate, actor));
        StreamingResponseBody body = out -> {
            try (Stream<TrackedEventMessage<?>> events = log.events(filter.from())) {
                writer.write(events.filter(filter::accepts), format, out);
            }
        };
        return ResponseEntity.ok()
                .contentType(new MediaType(format.mediaType(), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ledger-events." + format.extension().toLowerCase(Locale.ROOT)).build().toString())
                .body(body);
    }
}
