package org.partnershipledger.adapters.screening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnConsolidatedListParserTest {

    private static final String SAMPLE = "sanctions/un-consolidated-sample.xml";

    private final UnConsolidatedListParser parser = new UnConsolidatedListParser();

    @Test
    void reads_every_individual_and_entity_of_the_sample_in_document_order() {
        SanctionsList list = sample();

        assertThat(list.individuals()).extracting(ListedEntry::referenceNumber)
                .containsExactly("ZZi.001", "ZZi.002", "ZZi.003", "ZZi.004", "ZZi.005", "ZZi.006");
        assertThat(list.entities()).extracting(ListedEntry::referenceNumber)
                .containsExactly("ZZe.001", "ZZe.002", "ZZe.003", "ZZe.004", "ZZe.005", "ZZe.006");
        assertThat(list.entries()).hasSize(12);
    }

    @Test
    void the_list_version_is_the_date_generated_attribute() {
        assertThat(sample().version()).isEqualTo("2026-11-20T08:00:00.000-05:00");
    }

    @Test
    void an_individuals_name_parts_are_joined_in_order_with_stray_spaces_trimmed() {
        SanctionsList list = sample();

        ListedEntry fourParts = entry(list, "ZZi.005");
        assertThat(fourParts.kind()).isEqualTo(ListedEntry.Kind.INDIVIDUAL);
        assertThat(fourParts.nameParts()).containsExactly("ANATOLE", "CÉSAR", "FENWRIGHT", "DUMARQUELLE");
        assertThat(fourParts.listedName()).isEqualTo("ANATOLE CÉSAR FENWRIGHT DUMARQUELLE");
        assertThat(fourParts.dataId()).isEqualTo("9900105");
        assertThat(fourParts.listedOn()).isEqualTo("2022-04-27");
        assertThat(fourParts.unListType()).isEqualTo("Fictitious Sample Regime");

        // " PELLAMOR " and "ZZi.006 " in the document, an empty THIRD_NAME beside them.
        ListedEntry padded = entry(list, "ZZi.006");
        assertThat(padded.listedName()).isEqualTo("PELLAMOR VOSSKIRANE");
        assertThat(padded.referenceNumber()).isEqualTo("ZZi.006");
    }

    @Test
    void aliases_keep_their_quality_and_empty_placeholder_aliases_are_dropped() {
        SanctionsList list = sample();

        assertThat(entry(list, "ZZi.002").aliases()).containsExactly(
                new ListedEntry.Alias("Héloïse Questroux", "Good"), new ListedEntry.Alias("Madame Q", "Low"));
        assertThat(entry(list, "ZZi.006").aliasNames()).containsExactly("Pellamor Vosskiran");
        assertThat(entry(list, "ZZe.002").aliases()).containsExactly(
                new ListedEntry.Alias("Compagnie des Mines de Zelbarre", "a.k.a."),
                new ListedEntry.Alias("Zelbarre Mining Company", "f.k.a."));
        assertThat(entry(list, "ZZe.006").aliasNames()).containsExactly("Quimberra Foreign Trade Corporation");
    }

    @Test
    void an_entity_is_named_by_its_first_name_with_entities_decoded_and_its_addresses_give_countries() {
        SanctionsList list = sample();

        ListedEntry consortium = entry(list, "ZZe.005");
        assertThat(consortium.kind()).isEqualTo(ListedEntry.Kind.ENTITY);
        assertThat(consortium.listedName()).isEqualTo("ZANTHORIA ARMS & AVIONICS CONSORTIUM");
        assertThat(entry(list, "ZZe.003").addressCountries()).containsExactly("Freedonia", "Ruritania");
        assertThat(entry(list, "ZZe.003").nationalities()).isEmpty();
    }

    @Test
    void nationalities_and_the_original_script_are_read_but_not_the_place_of_birth() {
        SanctionsList list = sample();

        assertThat(entry(list, "ZZi.003").nationalities()).containsExactly("Freedonia", "Elbonia");
        assertThat(entry(list, "ZZi.001").nameOriginalScript()).isEqualTo("Йоравек Таллимонд Эсперкин");
        assertThat(entry(list, "ZZi.002").nameOriginalScript()).isEmpty();
        // ZZi.001 was born in Syldavia and lives in Ruritania: the birthplace is no address.
        assertThat(entry(list, "ZZi.001").addressCountries()).containsExactly("Ruritania");
        // An empty <VALUE/> or <COUNTRY/>, as the published list has them, names no country.
        assertThat(entry(list, "ZZi.006").nationalities()).isEmpty();
        assertThat(entry(list, "ZZi.006").addressCountries()).isEmpty();
    }

    @Test
    void refuses_a_document_with_an_external_entity_without_reading_the_file_it_names(@TempDir Path dir)
            throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String document = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM "%s">]>
                <CONSOLIDATED_LIST dateGenerated="2026-11-20T08:00:00.000-05:00">
                  <INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>ZZi.900</REFERENCE_NUMBER>
                    <FIRST_NAME>&xxe;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS>
                </CONSOLIDATED_LIST>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> parse(document, "hostile.xml"))
                .isInstanceOf(SanctionsListUnavailableException.class)
                .hasMessageContaining("hostile.xml")
                .hasMessageContaining("DTD")
                .hasMessageNotContaining("TOP-SECRET-CONTENT");
    }

    @Test
    void refuses_a_document_that_declares_internal_entities() {
        String document = """
                <?xml version="1.0"?>
                <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <CONSOLIDATED_LIST dateGenerated="v1"><ENTITIES><ENTITY><REFERENCE_NUMBER>ZZe.900</REFERENCE_NUMBER>
                  <FIRST_NAME>&b;</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>
                """;

        assertThatThrownBy(() -> parse(document, "entities.xml"))
                .isInstanceOf(SanctionsListUnavailableException.class)
                .hasMessageContaining("DTD");
    }

    @Test
    void refuses_a_document_that_is_not_a_consolidated_list() {
        assertThatThrownBy(() -> parse("<html><body>Service unavailable</body></html>", "https://lists.test/un.xml"))
                .isInstanceOf(SanctionsListUnavailableException.class)
                .hasMessageContaining("https://lists.test/un.xml")
                .hasMessageContaining("<html>");
    }

    @Test
    void refuses_a_list_without_its_generation_date() {
        String document = "<CONSOLIDATED_LIST><ENTITIES><ENTITY><FIRST_NAME>X</FIRST_NAME></ENTITY></ENTITIES>"
                + "</CONSOLIDATED_LIST>";

        assertThatThrownBy(() -> parse(document, "undated.xml"))
                .isInstanceOf(SanctionsListUnavailableException.class)
                .hasMessageContaining("dateGenerated");
    }

    @Test
    void refuses_a_list_that_names_nobody() {
        String document = "<CONSOLIDATED_LIST dateGenerated=\"v1\"><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>";

        assertThatThrownBy(() -> parse(document, "empty.xml"))
                .isInstanceOf(SanctionsListUnavailableException.class)
                .hasMessageContaining("empty.xml")
                .hasMessageContaining("no individuals and no entities");
    }

    @Test
    void refuses_an_entry_without_a_name() {
        String document = "<CONSOLIDATED_LIST dateGenerated=\"v1\"><ENTITIES><ENTITY><DATAID>77</DATAID>"
                + "<FIRST_NAME> </FIRST_NAME><REFERENCE_NUMBER>ZZe.077</REFERENCE_NUMBER></ENTITY></ENTITIES>"
                + "</CONSOLIDATED_LIST>";

        assertThatThrownBy(() -> parse(document, "nameless.xml"))
                .isInstanceOf(SanctionsListUnavailableException.class)
                .hasMessageContaining("ZZe.077");
    }

    @Test
    void refuses_a_truncated_download_naming_the_source() throws IOException {
        String whole;
        try (InputStream in = resource()) {
            whole = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String truncated = whole.substring(0, whole.indexOf("<ENTITIES>") + 200);

        assertThatThrownBy(() -> parse(truncated, "partial.xml"))
                .isInstanceOf(SanctionsListUnavailableException.class)
                .hasMessageContaining("partial.xml")
                .hasMessageContaining("not well-formed");
    }

    private SanctionsList sample() {
        try (InputStream in = resource()) {
            return parser.parse(in, SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource() {
        InputStream in = UnConsolidatedListParserTest.class.getClassLoader().getResourceAsStream(SAMPLE);
        assertThat(in).as("the sample list is on the class path").isNotNull();
        return in;
    }

    private SanctionsList parse(String document, String source) {
        return parser.parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), source);
    }

    private static ListedEntry entry(SanctionsList list, String reference) {
        return list.entries().stream()
                .filter(entry -> entry.referenceNumber().equals(reference))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + reference));
    }
}
