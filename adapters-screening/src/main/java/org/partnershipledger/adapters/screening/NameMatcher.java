package org.partnershipledger.adapters.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores how alike two names are, from 0 (nothing alike) to 1 (the same after normalisation).
 *
 * <p>Why this shape: a partner's registered name and a list entry rarely agree letter for letter. Registries drop
 * accents, transliterations differ by a letter, legal names put words in another order, and punctuation comes and
 * goes. So both names are first reduced to lower-case tokens (accents stripped, punctuation dropped), and then compared
 * as sets of words: each word of one name is paired with at most one word of the other, the most alike pairs first,
 * using Jaro–Winkler per word, which is forgiving of a swapped or mistyped letter and favours agreement at the start
 * of a word. The score is the pairs' similarity weighted by word length, over the length of all words on both sides,
 * so a long distinctive word counts more than a particle such as "de", and words left without a partner pull the score
 * down. Two words that the other name writes as one ("Haut Zelbarre" against "Hautzelbarre") are joined before
 * pairing, and a one-word name is also compared with the whole of the other name written as one word ("Alnoor"
 * against "Al Noor").
 *
 * <p>Pure computation, no state and no I/O, so it can be tuned and tested in isolation and shared between threads.
 */
public final class NameMatcher {

    /**
     * Two words are paired only from this similarity on. Below it Jaro–Winkler still gives unrelated words 0.5 or
     * more, which would lift every comparison of long names towards the threshold.
     */
    private static final double WORD_PAIR_FLOOR = 0.8;

    /** A whole-name comparison only makes sense for names of about the same length. */
    private static final double WHOLE_NAME_LENGTH_RATIO = 0.8;

    private static final double WINKLER_PREFIX_SCALE = 0.1;
    private static final int WINKLER_MAX_PREFIX = 4;
    private static final double WINKLER_BOOST_FROM = 0.7;

    /**
     * The best-scoring candidate of a comparison.
     *
     * @param name  the candidate name as given, not normalised, so that a reviewer sees the list's spelling
     * @param score the similarity, 0..1, unrounded
     */
    public record Scored(String name, double score) {
    }

    /**
     * Reduces a name to the words that matching compares: lower case, accents and other combining marks removed
     * (canonical decomposition, then the marks dropped), letters without a decomposition folded by hand (ß, æ, ø, ł,
     * ...), apostrophes and full stops removed so that "S.A." and "SA" agree, "&amp;" read as "and", and every other
     * character that is not a letter or digit taken as a word break. Letters of other scripts are kept, so that a name
     * in its original script can still be compared with itself.
     */
    public List<String> tokens(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(codePoint -> fold(codePoint, folded));
        return Arrays.stream(folded.toString().split(" ")).filter(token -> !token.isEmpty()).toList();
    }

    /** The similarity of two names, 0..1, symmetric. Blank names are alike to nothing. */
    public double similarity(String first, String second) {
        return similarity(tokens(first), tokens(second));
    }

    /**
     * The similarity of two names already reduced by {@link #tokens(String)}; lets a caller normalise a long list
     * once instead of on every comparison.
     */
    public double similarity(List<String> first, List<String> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return 0.0;
        }
        double score = wordSetSimilarity(joinCompounds(first, second), joinCompounds(second, first));
        if (first.size() == 1 || second.size() == 1) {
            score = Math.max(score, wholeNameSimilarity(String.join("", first), String.join("", second)));
        }
        return score;
    }

    /**
     * The candidate most like the screened name, e.g. among an entry's primary name and its aliases. On a tie the
     * earlier candidate wins, so a caller that lists the primary name first reports it rather than an alias.
     */
    public Optional<Scored> best(String screened, Collection<String> candidates) {
        List<String> screenedTokens = tokens(screened);
        Scored best = null;
        for (String candidate : candidates) {
            double score = similarity(screenedTokens, tokens(candidate));
            if (best == null || score > best.score()) {
                best = new Scored(candidate, score);
            }
        }
        return Optional.ofNullable(best);
    }

    private static void fold(int codePoint, StringBuilder out) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK) {
            return;
        }
        if (Character.isLetterOrDigit(codePoint)) {
            String lower = new String(Character.toChars(codePoint)).toLowerCase(Locale.ROOT);
            out.append(switch (lower) {
                case "ß" -> "ss";
                case "æ" -> "ae";
                case "œ" -> "oe";
                case "ø" -> "o";
                case "ł" -> "l";
                case "đ", "ð" -> "d";
                case "þ" -> "th";
                case "ı" -> "i";
                case "ħ" -> "h";
                default -> lower;
            });
            return;
        }
        switch (codePoint) {
            case '\'', '\u2018', '\u2019', '\u02BC', '`', '.' -> {
                // Joined, not split: "O'Brien" and "OBrien", "S.A." and "SA" are the same name.
            }
            case '&' -> out.append(" and ");
            default -> out.append(' ');
        }
    }

    /** Joins adjacent words that the other name writes as one word, letter for letter. */
    private static List<String> joinCompounds(List<String> tokens, List<String> other) {
        if (tokens.size() < 2) {
            return tokens;
        }
        Set<String> otherWords = new HashSet<>(other);
        List<String> joined = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String compound = i + 1 < tokens.size() ? tokens.get(i) + tokens.get(i + 1) : null;
            if (compound != null && otherWords.contains(compound)) {
                joined.add(compound);
                i++;
            } else {
                joined.add(tokens.get(i));
            }
        }
        return joined;
    }

    private static double wordSetSimilarity(List<String> first, List<String> second) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            for (int j = 0; j < second.size(); j++) {
                double similarity = jaroWinkler(first.get(i), second.get(j));
                if (similarity >= WORD_PAIR_FLOOR) {
                    pairs.add(new double[] {similarity, i, j});
                }
            }
        }
        // Most alike pairs first; among equals, longer words first, as they carry more weight.
        pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0])
                : Integer.compare(length(first, second, b), length(first, second, a)));
        boolean[] firstUsed = new boolean[first.size()];
        boolean[] secondUsed = new boolean[second.size()];
        double paired = 0.0;
        for (double[] pair : pairs) {
            int i = (int) pair[1];
            int j = (int) pair[2];
            if (!firstUsed[i] && !secondUsed[j]) {
                firstUsed[i] = true;
                secondUsed[j] = true;
                paired += pair[0] * length(first, second, pair);
            }
        }
        return paired / (totalLength(first) + totalLength(second));
    }

    private static int length(List<String> first, List<String> second, double[] pair) {
        return first.get((int) pair[1]).length() + second.get((int) pair[2]).length();
    }

    private static int totalLength(List<String> tokens) {
        return tokens.stream().mapToInt(String::length).sum();
    }

    private static double wholeNameSimilarity(String first, String second) {
        double ratio = (double) Math.min(first.length(), second.length()) / Math.max(first.length(), second.length());
        return ratio < WHOLE_NAME_LENGTH_RATIO ? 0.0 : jaroWinkler(first, second);
    }

    /** Jaro–Winkler similarity of two words, 0..1. Package-visible for its own tests. */
    static double jaroWinkler(String first, String second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        double jaro = jaro(first, second);
        if (jaro < WINKLER_BOOST_FROM) {
            return jaro;
        }
        int prefix = 0;
        int maxPrefix = Math.min(WINKLER_MAX_PREFIX, Math.min(first.length(), second.length()));
        while (prefix < maxPrefix && first.charAt(prefix) == second.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * WINKLER_PREFIX_SCALE * (1.0 - jaro);
    }

    private static double jaro(String first, String second) {
        if (first.equals(second)) {
            return 1.0;
        }
        int firstLength = first.length();
        int secondLength = second.length();
        if (firstLength == 0 || secondLength == 0) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(firstLength, secondLength) / 2 - 1);
        boolean[] firstMatched = new boolean[firstLength];
        boolean[] secondMatched = new boolean[secondLength];
        int matches = 0;
        for (int i = 0; i < firstLength; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(secondLength - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!secondMatched[j] && first.charAt(i) == second.charAt(j)) {
                    firstMatched[i] = true;
                    secondMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int outOfOrder = 0;
        int k = 0;
        for (int i = 0; i < firstLength; i++) {
            if (firstMatched[i]) {
                while (!secondMatched[k]) {
                    k++;
                }
                if (first.charAt(i) != second.charAt(k)) {
                    outOfOrder++;
                }
                k++;
            }
        }
        double m = matches;
        return (m / firstLength + m / secondLength + (m - outOfOrder / 2.0) / m) / 3.0;
    }
}
