package org.partnershipledger.adapters.screening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NameMatcherTest {

    /** The default threshold of the adapter: what "found" and "not found" mean below. */
    private static final double THRESHOLD = UnConsolidatedListScreeningAdapter.DEFAULT_THRESHOLD;

    private static final List<String> LISTED_NAMES = List.of(
            "QUORVANE HORIZON TRADING COMPANY", "Quorvane Horizon Ltd", "QHT Company",
            "SOCIÉTÉ MINIÈRE DU HAUT-ZELBARRE", "Zelbarre Mining Company",
            "BRINDLEMOOR HUMANITARIAN RELIEF FOUNDATION", "Brindlemoor Relief Trust",
            "PELLUCIDE MARITIME CARRIERS S.A.", "ZANTHORIA ARMS & AVIONICS CONSORTIUM", "ZAAC",
            "NÚCLEO QUIMBERRA DE COMERCIO EXTERIOR", "Quimberra Foreign Trade Corporation",
            "TOBIN ARCHIBALD VELLINGFORTH", "HÉLOÏSE MARVANDINE QUESTROUX", "SIGRÚN ØSTVALDE BRÆKKEMAN");

    private final NameMatcher matcher = new NameMatcher();

    @Test
    void names_are_reduced_to_lower_case_ascii_words() {
        assertThat(matcher.tokens("  SOCIÉTÉ Minière du Haut-Zelbarre, S.A. ")).containsExactly(
                "societe", "miniere", "du", "haut", "zelbarre", "sa");
        assertThat(matcher.tokens("SIGRÚN ØSTVALDE BRÆKKEMAN & Straße")).containsExactly(
                "sigrun", "ostvalde", "braekkeman", "and", "strasse");
        assertThat(matcher.tokens("O’Vell")).containsExactly("ovell");
    }

    @Test
    void the_same_name_scores_one() {
        assertThat(matcher.similarity("Brindlemoor Relief Trust", "Brindlemoor Relief Trust")).isEqualTo(1.0);
    }

    @Test
    void case_does_not_matter() {
        assertThat(matcher.similarity("brindlemoor relief trust", "BRINDLEMOOR RELIEF TRUST")).isEqualTo(1.0);
    }

    @Test
    void accents_do_not_matter() {
        assertThat(matcher.similarity("Societe Miniere du Haut Zelbarre", "SOCIÉTÉ MINIÈRE DU HAUT-ZELBARRE"))
                .isEqualTo(1.0);
        assertThat(matcher.similarity("Sigrun Ostvalde Braekkeman", "SIGRÚN ØSTVALDE BRÆKKEMAN")).isEqualTo(1.0);
    }

    @Test
    void punctuation_and_extra_whitespace_do_not_matter() {
        assertThat(matcher.similarity("Pellucide   Maritime-Carriers, SA", "PELLUCIDE MARITIME CARRIERS S.A."))
                .isEqualTo(1.0);
        assertThat(matcher.similarity("Zanthoria Arms and Avionics Consortium",
                "ZANTHORIA ARMS & AVIONICS CONSORTIUM")).isEqualTo(1.0);
    }

    @Test
    void word_order_does_not_matter() {
        assertThat(matcher.similarity("Vellingforth, Tobin Archibald", "TOBIN ARCHIBALD VELLINGFORTH")).isEqualTo(1.0);
        assertThat(matcher.similarity("Trading Company Quorvane Horizon", "QUORVANE HORIZON TRADING COMPANY"))
                .isEqualTo(1.0);
    }

    @Test
    void two_words_written_as_one_still_match() {
        assertThat(matcher.similarity("Societe Miniere du Hautzelbarre", "SOCIÉTÉ MINIÈRE DU HAUT-ZELBARRE"))
                .isEqualTo(1.0);
        assertThat(matcher.similarity("Quorvanehorizon", "Quorvane Horizon")).isEqualTo(1.0);
    }

    @Test
    void the_best_of_a_name_and_its_aliases_is_the_alias_the_screened_name_resembles() {
        List<String> names = List.of("QUORVANE HORIZON TRADING COMPANY", "Quorvane Horizon Ltd", "QHT Company");

        NameMatcher.Scored best = matcher.best("Quorvane Horizon Ltd.", names).orElseThrow();

        assertThat(best.name()).isEqualTo("Quorvane Horizon Ltd");
        assertThat(best.score()).isEqualTo(1.0);
        assertThat(matcher.similarity("Quorvane Horizon Ltd.", names.get(0))).isLessThan(THRESHOLD);
    }

    @Test
    void on_a_tie_the_first_candidate_is_reported() {
        NameMatcher.Scored best = matcher.best("Zaac", List.of("ZAAC", "zaac")).orElseThrow();

        assertThat(best.name()).isEqualTo("ZAAC");
    }

    @Test
    void a_swapped_letter_still_matches_but_not_perfectly() {
        double score = matcher.similarity("Tobin Archibald Vellingfroth", "TOBIN ARCHIBALD VELLINGFORTH");

        assertThat(score).isGreaterThanOrEqualTo(THRESHOLD).isLessThan(1.0);
    }

    @Test
    void a_wrong_letter_still_matches_but_not_perfectly() {
        double score = matcher.similarity("Brindlemoor Humanitarian Relief Fondation",
                "BRINDLEMOOR HUMANITARIAN RELIEF FOUNDATION");

        assertThat(score).isGreaterThanOrEqualTo(THRESHOLD).isLessThan(1.0);
    }

    @Test
    void words_the_list_does_not_have_pull_the_score_below_the_threshold() {
        assertThat(matcher.similarity("Horizon Trading Company", "QUORVANE HORIZON TRADING COMPANY"))
                .isLessThan(THRESHOLD);
        assertThat(matcher.similarity("Relief Foundation", "BRINDLEMOOR HUMANITARIAN RELIEF FOUNDATION"))
                .isLessThan(THRESHOLD);
    }

    @Test
    void names_without_a_word_in_common_score_zero_however_long() {
        // Jaro-Winkler alone rates unrelated words around 0.5; paired anyway, long names would drift upwards.
        assertThat(matcher.similarity("Centers for Disease Control and Prevention",
                "NÚCLEO QUIMBERRA DE COMERCIO EXTERIOR")).isZero();
    }

    @Test
    void one_word_of_a_longer_name_is_not_compared_with_that_name_as_a_whole() {
        assertThat(matcher.similarity("Brindlemoor", "Brindlemoor Relief Trust")).isLessThan(THRESHOLD);
        assertThat(matcher.similarity("Quorvane", "QUORVANE HORIZON TRADING COMPANY")).isLessThan(THRESHOLD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tostan", "World Health Organization", "American Red Cross", "United Nations Foundation",
            "Centers for Disease Control and Prevention", "Columbia University", "Université Cheikh Anta Diop",
            "Gavi Alliance", "MTN Group", "Horizon Relief Company", "Mining Company", "Red Crescent Relief Trust"})
    void an_unrelated_name_scores_below_the_threshold_against_every_listed_name(String unrelated) {
        for (String listed : LISTED_NAMES) {
            assertThat(matcher.similarity(unrelated, listed)).as(unrelated + " against " + listed)
                    .isLessThan(THRESHOLD);
        }
    }

    @Test
    void a_blank_name_is_alike_to_nothing() {
        assertThat(matcher.similarity("", "ZAAC")).isZero();
        assertThat(matcher.similarity("  -- ", "ZAAC")).isZero();
        assertThat(matcher.similarity(null, "ZAAC")).isZero();
    }

    @Test
    void similarity_is_symmetric() {
        String partner = "Quorvane Horizon Trading Co.";
        String listed = "QUORVANE HORIZON TRADING COMPANY";

        assertThat(matcher.similarity(partner, listed)).isEqualTo(matcher.similarity(listed, partner));
    }

    @Test
    void jaro_winkler_gives_the_textbook_values() {
        assertThat(NameMatcher.jaroWinkler("martha", "marhta")).isCloseTo(0.961, within(0.001));
        assertThat(NameMatcher.jaroWinkler("dwayne", "duane")).isCloseTo(0.840, within(0.001));
        assertThat(NameMatcher.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
        assertThat(NameMatcher.jaroWinkler("abc", "xyz")).isZero();
    }
}
