package org.partnershipledger.adapters.rest.audit;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The forms of the event log export, chosen by the request's {@code Accept} header. */
enum ExportFormat {
    /** One JSON object per line (application/x-ndjson), the payload as a nested object. */
    NDJSON(MediaType.APPLICATION_NDJSON, "ndjson"),
    /** RFC 4180 CSV with a header row (text/csv), the payload as a JSON text column. */
    CSV(new MediaType("text", "csv"), "csv");

    static final String NDJSON_VALUE = MediaType.APPLICATION_NDJSON_VALUE;
    static final String CSV_VALUE = "text/csv";

    private final MediaType mediaType;
    private final String extension;

    ExportFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    /**
     * The format the client prefers: the acceptable media types by quality (the order the client gave breaks ties),
     * the first that includes one of ours. No {@code Accept}, or a wildcard, gets NDJSON; nothing acceptable, empty.
     */
    static Optional<ExportFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(NDJSON);
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException malformed) {
            return Optional.empty();
        }
        return accepted.stream()
                .filter(type -> type.getQualityValue() > 0)
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .flatMap(type -> Arrays.stream(values()).filter(format -> type.includes(format.mediaType)))
                .findFirst();
    }
}
