package org.partnershipledger.adapters.screening;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershipledger.domain.vetting.ScreeningMatch;
import org.partnershipledger.domain.vetting.ScreeningResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.adapters.screening.UnConsolidatedListScreeningAdapter.DEFAULT_THRESHOLD;
import static org.partnershipledger.adapters.screening.UnConsolidatedListScreeningAdapter.SAMPLE_LIST_LOCATION;

class UnConsolidatedListScreeningAdapterTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String SAMPLE_VERSION = "2026-11-20T08:00:00.000-05:00";

    private final UnConsolidatedListScreeningAdapter sample =
            new UnConsolidatedListScreeningAdapter(SAMPLE_LIST_LOCATION, DEFAULT_THRESHOLD, CLOCK);

    @Test
    void a_partner_registered_under_a_spelling_variant_of_a_listed_entity_is_matched_with_the_edition_and_time() {
        ScreeningResult result = sample.screen("Brindlemoor Humanitarian Releif Fondation", "SN");

        assertThat(result.listName()).isEqualTo("UN Security Council Consolidated List");
        assertThat(result.listVersion()).isEqualTo(SAMPLE_VERSION);
        assertThat(result.screenedAt()).isEqualTo(NOW);
        assertThat(result.threshold()).isEqualTo(0.88);
        assertThat(result.screenedName()).isEqualTo("Brindlemoor Humanitarian Releif Fondation");
        assertThat(result.isClean()).isFalse();
        assertThat(result.matches()).containsExactly(new ScreeningMatch("ZZe.003", "ENTITY",
                "BRINDLEMOOR HUMANITARIAN RELIEF FOUNDATION", "BRINDLEMOOR HUMANITARIAN RELIEF FOUNDATION", 0.987,
                List.of("Brindlemoor Relief Trust", "Fondation humanitaire Brindlemoor")));
    }

    @ParameterizedTest(name = "{0} matches {1} on \"{2}\" with {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Brindlemoor Humanitarian Relief Fondation | ZZe.003 | BRINDLEMOOR HUMANITARIAN RELIEF FOUNDATION | 0.993
            brindlemoor relief trust                  | ZZe.003 | Brindlemoor Relief Trust                   | 1.0
            Quorvane Horizon Ltd.                     | ZZe.001 | Quorvane Horizon Ltd                       | 1.0
            Trading Company Quorvane Horizon          | ZZe.001 | QUORVANE HORIZON TRADING COMPANY           | 1.0
            Quorvane Horizon Tradnig Company          | ZZe.001 | QUORVANE HORIZON TRADING COMPANY           | 0.993
            Societe Miniere du Haut Zelbarre          | ZZe.002 | SOCIÉTÉ MINIÈRE DU HAUT-ZELBARRE           | 1.0
            Pellucide Maritime Carriers SA            | ZZe.004 | PELLUCIDE MARITIME CARRIERS S.A.           | 1.0
            Zanthoria Arms and Avionics Consortium    | ZZe.005 | ZANTHORIA ARMS & AVIONICS CONSORTIUM       | 1.0
            Quimberra Foreign Trade Corp              | ZZe.006 | Quimberra Foreign Trade Corporation        | 0.967
            Joravek Tallimond                         | ZZi.001 | Jorávek Tallimónd                          | 1.0
            Heloise Marvandine Questroux              | ZZi.002 | HÉLOÏSE MARVANDINE QUESTROUX               | 1.0
            Vellingforth, Tobin Archibald             | ZZi.003 | TOBIN ARCHIBALD VELLINGFORTH               | 1.0
            Tobin Archibald Vellingfroth              | ZZi.003 | TOBIN ARCHIBALD VELLINGFORTH               | 0.992
            Sigrun Ostvalde Braekkeman                | ZZi.004 | SIGRÚN ØSTVALDE BRÆKKEMAN                  | 1.0
            Cesar Fenwright Dumarquelle               | ZZi.005 | César Fenwright-Dumarquelle                | 1.0
            Pellamor Vosskiran                        | ZZi.006 | Pellamor Vosskiran                         | 1.0
            """)
    void a_spelling_variant_of_a_sample_entry_is_matched(String screened, String reference, String matchedName,
                                                         double score) {
        ScreeningResult result = sample.screen(screened, null);

        assertThat(result.matches()).hasSize(1);
        ScreeningMatch match = result.matches().get(0);
        assertThat(match.entryReference()).isEqualTo(reference);
        assertThat(match.entryKind()).isEqualTo(reference.startsWith("ZZi.") ? "INDIVIDUAL" : "ENTITY");
        assertThat(match.matchedName()).isEqualTo(matchedName);
        assertThat(match.score()).isEqualTo(score);
    }

    @Test
    void an_individual_is_reported_with_the_joined_name_parts_and_every_alias() {
        ScreeningMatch match = sample.screen("Cesar Fenwright Dumarquelle", null).matches().get(0);

        assertThat(match.listedName()).isEqualTo("ANATOLE CÉSAR FENWRIGHT DUMARQUELLE");
        assertThat(match.aliases()).containsExactly("Anatole Dumarquelle", "César Fenwright-Dumarquelle");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tostan", "World Health Organization", "American Red Cross", "United Nations Foundation",
            "Centers for Disease Control and Prevention", "Columbia University", "Sahel Beverages SA (fictitious)",
            "Radio Sahel Voices (fictitious)", "Jeunes Verts de Thiès (fictitious)", "Université Cheikh Anta Diop",
            "Horizon Trading Company", "Humanitarian Relief Foundation"})
    void an_unrelated_partner_is_clean(String partner) {
        ScreeningResult result = sample.screen(partner, "SN");

        assertThat(result.matches()).isEmpty();
        assertThat(result.isClean()).isTrue();
        assertThat(result.listVersion()).isEqualTo(SAMPLE_VERSION);
    }

    @Test
    void matches_come_best_first_and_are_capped() {
        UnConsolidatedListScreeningAdapter lenient = new UnConsolidatedListScreeningAdapter(SAMPLE_LIST_LOCATION, 0.5,
                CLOCK);
        UnConsolidatedListScreeningAdapter capped = new UnConsolidatedListScreeningAdapter(SAMPLE_LIST_LOCATION, 0.5,
                1, CLOCK);

        ScreeningResult all = lenient.screen("Mining Company", null);
        ScreeningResult one = capped.screen("Mining Company", null);

        assertThat(all.matches()).extracting(ScreeningMatch::entryReference).containsExactly("ZZe.002", "ZZe.001");
        assertThat(all.matches().get(0).score()).isGreaterThan(all.matches().get(1).score());
        assertThat(one.matches()).extracting(ScreeningMatch::entryReference).containsExactly("ZZe.002");
    }

    @Test
    void scores_are_rounded_to_three_decimals_and_never_below_the_threshold() {
        UnConsolidatedListScreeningAdapter lenient = new UnConsolidatedListScreeningAdapter(SAMPLE_LIST_LOCATION, 0.5,
                CLOCK);

        for (ScreeningMatch match : lenient.screen("Mining Company Relief Trust Maritime", null).matches()) {
            assertThat(match.score() * 1000).isEqualTo(Math.rint(match.score() * 1000));
            assertThat(match.score()).isGreaterThanOrEqualTo(0.5);
        }
    }

    @Test
    void a_missing_file_fails_at_creation_naming_it(@TempDir Path dir) {
        Path missing = dir.resolve("consolidated.xml");

        assertThatThrownBy(() -> new UnConsolidatedListScreeningAdapter(missing.toString(), DEFAULT_THRESHOLD, CLOCK))
                .isInstanceOf(SanctionsListUnavailableException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("not found")
                .satisfies(e -> assertThat(((SanctionsListUnavailableException) e).source())
                        .isEqualTo(missing.toString()));
        assertThatThrownBy(() -> new UnConsolidatedListScreeningAdapter(missing.toUri().toString(), DEFAULT_THRESHOLD,
                CLOCK))
                .isInstanceOf(SanctionsListUnavailableException.class)
                .hasMessageContaining(missing.toUri().toString());
    }

    @Test
    void a_missing_class_path_resource_or_an_unsupported_scheme_fails_naming_it() {
        assertThatThrownBy(() -> new UnConsolidatedListScreeningAdapter("classpath:sanctions/nope.xml",
                DEFAULT_THRESHOLD, CLOCK))
                .isInstanceOf(SanctionsListUnavailableException.class)
                .hasMessageContaining("classpath:sanctions/nope.xml");
        assertThatThrownBy(() -> new UnConsolidatedListScreeningAdapter("ftp://lists.test/un.xml", DEFAULT_THRESHOLD,
                CLOCK))
                .isInstanceOf(SanctionsListUnavailableException.class)
                .hasMessageContaining("ftp://lists.test/un.xml")
                .hasMessageContaining("unsupported");
    }

    @Test
    void a_plain_path_and_a_file_url_read_the_same_list(@TempDir Path dir) throws IOException {
        Path copy = copyOfSample(dir);

        assertThat(new UnConsolidatedListScreeningAdapter(copy.toString(), DEFAULT_THRESHOLD, CLOCK).listVersion())
                .isEqualTo(SAMPLE_VERSION);
        assertThat(new UnConsolidatedListScreeningAdapter(copy.toUri().toString(), DEFAULT_THRESHOLD, CLOCK)
                .currentList().entries()).hasSize(12);
    }

    @Test
    void reload_screens_against_the_new_edition(@TempDir Path dir) throws IOException {
        Path file = copyOfSample(dir);
        UnConsolidatedListScreeningAdapter adapter =
                new UnConsolidatedListScreeningAdapter(file.toString(), DEFAULT_THRESHOLD, CLOCK);
        assertThat(adapter.screen("Ostrelvin Shipping Agency", null).isClean()).isTrue();

        Files.writeString(file, Files.readString(file)
                .replace(SAMPLE_VERSION, "2026-12-01T08:00:00.000-05:00")
                .replace("<FIRST_NAME>PELLUCIDE MARITIME CARRIERS S.A.</FIRST_NAME>",
                        "<FIRST_NAME>OSTRELVIN SHIPPING AGENCY</FIRST_NAME>"));
        String version = adapter.reload();

        assertThat(version).isEqualTo("2026-12-01T08:00:00.000-05:00");
        ScreeningResult result = adapter.screen("Ostrelvin Shipping Agency", null);
        assertThat(result.listVersion()).isEqualTo("2026-12-01T08:00:00.000-05:00");
        assertThat(result.matches()).extracting(ScreeningMatch::entryReference).containsExactly("ZZe.004");
    }

    @Test
    void a_failed_reload_names_the_source_and_keeps_the_edition_already_loaded(@TempDir Path dir) throws IOException {
        Path file = copyOfSample(dir);
        UnConsolidatedListScreeningAdapter adapter =
                new UnConsolidatedListScreeningAdapter(file.toString(), DEFAULT_THRESHOLD, CLOCK);
        Files.delete(file);

        assertThatThrownBy(adapter::reload)
                .isInstanceOf(SanctionsListUnavailableException.class)
                .hasMessageContaining(file.toString());
        ScreeningResult result = adapter.screen("Brindlemoor Relief Trust", null);
        assertThat(result.listVersion()).isEqualTo(SAMPLE_VERSION);
        assertThat(result.matches()).extracting(ScreeningMatch::entryReference).containsExactly("ZZe.003");
    }

    @Test
    void reads_the_list_over_http_from_a_real_server_on_loopback() throws IOException {
        byte[] body = sampleBytes();
        HttpServer server = loopbackServer();
        server.createContext("/consolidated.xml", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/consolidated.xml";
            UnConsolidatedListScreeningAdapter adapter =
                    new UnConsolidatedListScreeningAdapter(url, DEFAULT_THRESHOLD, CLOCK);

            assertThat(adapter.listVersion()).isEqualTo(SAMPLE_VERSION);
            assertThat(adapter.screen("Quorvane Horizon Ltd", null).matches()).hasSize(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void an_http_error_fails_naming_the_url_and_the_status() throws IOException {
        HttpServer server = loopbackServer();
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/gone.xml";

            assertThatThrownBy(() -> new UnConsolidatedListScreeningAdapter(url, DEFAULT_THRESHOLD, CLOCK))
                    .isInstanceOf(SanctionsListUnavailableException.class)
                    .hasMessageContaining(url)
                    .hasMessageContaining("404");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void refuses_a_threshold_outside_zero_to_one_and_a_blank_location_or_name() {
        assertThatThrownBy(() -> new UnConsolidatedListScreeningAdapter(SAMPLE_LIST_LOCATION, 0.0, CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new UnConsolidatedListScreeningAdapter(SAMPLE_LIST_LOCATION, 1.5, CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new UnConsolidatedListScreeningAdapter(" ", DEFAULT_THRESHOLD, CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("location");
        assertThatThrownBy(() -> sample.screen("  ", "SN"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }

    private static HttpServer loopbackServer() throws IOException {
        return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    }

    private static Path copyOfSample(Path dir) throws IOException {
        return Files.write(dir.resolve("consolidated.xml"), sampleBytes());
    }

    private static byte[] sampleBytes() throws IOException {
        try (InputStream in = UnConsolidatedListScreeningAdapterTest.class.getClassLoader()
                .getResourceAsStream("sanctions/un-consolidated-sample.xml")) {
            assertThat(in).isNotNull();
            return in.readAllBytes();
        }
    }
}
