package org.partnershipledger.adapters.rest.audit;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void plain_fields_are_written_as_they_are_and_a_line_ends_with_crlf() {
        assertThat(Csv.line(List.of("a", "b c", "42"))).isEqualTo("a,b c,42\r\n");
    }

    @Test
    void a_field_with_a_comma_quote_or_line_break_is_quoted_with_inner_quotes_doubled() {
        assertThat(Csv.field("Water, sanitation")).isEqualTo("\"Water, sanitation\"");
        assertThat(Csv.field("the \"Sahel\" office")).isEqualTo("\"the \"\"Sahel\"\" office\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(Csv.field("{\"title\":\"A, B\"}")).isEqualTo("\"{\"\"title\"\":\"\"A, B\"\"}\"");
    }

    @Test
    void null_and_empty_are_empty_fields() {
        assertThat(Csv.line(Arrays.asList("a", null, "", "b"))).isEqualTo("a,,,b\r\n");
    }

    @Test
    void text_a_spreadsheet_would_evaluate_as_a_formula_is_prefixed_with_an_apostrophe() {
        assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.field("+1")).isEqualTo("'+1");
        assertThat(Csv.field("-budget")).isEqualTo("'-budget");
        assertThat(Csv.field("@sum")).isEqualTo("'@sum");
        assertThat(Csv.field("a=b")).isEqualTo("a=b");
        assertThat(Csv.field("2026-03-01T09:00:00Z")).isEqualTo("2026-03-01T09:00:00Z");
    }
}
