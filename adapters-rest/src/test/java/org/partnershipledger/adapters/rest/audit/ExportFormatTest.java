package org.partnershipledger.adapters.rest.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportFormatTest {

    @Test
    void no_accept_or_any_type_is_ndjson() {
        assertThat(ExportFormat.negotiate(null)).contains(ExportFormat.NDJSON);
        assertThat(ExportFormat.negotiate("*/*")).contains(ExportFormat.NDJSON);
    }

    @Test
    void the_type_asked_for_is_chosen_and_quality_outranks_order() {
        assertThat(ExportFormat.negotiate("text/csv")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.negotiate("text/*")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.negotiate("application/x-ndjson")).contains(ExportFormat.NDJSON);
        assertThat(ExportFormat.negotiate("application/x-ndjson;q=0.5, text/csv")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.negotiate("application/json, text/csv;q=0.1")).contains(ExportFormat.CSV);
    }

    @Test
    void nothing_acceptable_or_a_malformed_header_is_no_format() {
        assertThat(ExportFormat.negotiate("application/json")).isEmpty();
        assertThat(ExportFormat.negotiate("text/csv;q=0")).isEmpty();
        assertThat(ExportFormat.negotiate("not a media type")).isEmpty();
    }
}
