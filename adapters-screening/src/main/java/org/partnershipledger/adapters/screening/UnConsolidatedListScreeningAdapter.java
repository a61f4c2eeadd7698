package org.partnershipledger.adapters.screening;

import org.partnershipledger.application.vetting.SanctionsScreening;
import org.partnershipledger.domain.vetting.ScreeningMatch;
import org.partnershipledger.domain.vetting.ScreeningResult;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Screens partner names against the UN Security Council Consolidated List (V3).
 *
 * <p>Why it is built this way: the list is a few megabytes and changes at most daily, so it is read once, when the
 * adapter is created, and kept in memory with every name already normalised; a screening is then a scan of a few
 * thousand names. {@link #reload()} reads the source again and swaps the edition in one step; the composition root
 * decides when (on a schedule, or by an operator), because this module has no scheduler and no framework. A source
 * that cannot be read fails loudly, at creation or reload, naming the location: a screening against no list would
 * clear every partner. A failed reload keeps the edition already loaded, and every result names the edition it used.
 *
 * <p>The partner's country is not used: the list gives nationalities and addresses as free-text country names, not
 * ISO codes, and a sanctioned entity often operates far from where it is listed, so names alone decide.
 */
public final class UnConsolidatedListScreeningAdapter implements SanctionsScreening {

    public static final String LIST_NAME = "UN Security Council Consolidated List";
    public static final double DEFAULT_THRESHOLD = 0.88;
    public static final int DEFAULT_MAX_MATCHES = 10;
    /** The bundled sample of fictitious entries, for tests and the demo; never for real vetting. */
    public static final String SAMPLE_LIST_LOCATION = "classpath:sanctions/un-consolidated-sample.xml";

    private final ListLocation location;
    private final double threshold;
    private final int maxMatches;
    private final Clock clock;
    private final UnConsolidatedListParser parser = new UnConsolidatedListParser();
    private final NameMatcher matcher = new NameMatcher();

    // One reference, swapped whole, so that a screening never mixes two editions.
    private volatile LoadedList current;

    /**
     * Reads the list now, so that a wrong location stops the application at start rather than at the first vetting.
     *
     * @param location  a file path, a {@code file:} or {@code http(s):} URL, or a {@code classpath:} resource
     * @param threshold the score from which an entry is reported as a match, above 0 and at most 1
     * @param clock     the time recorded as {@code screenedAt}
     * @throws SanctionsListUnavailableException when the list cannot be read or is not a consolidated list
     */
    public UnConsolidatedListScreeningAdapter(String location, double threshold, Clock clock) {
        this(location, threshold, DEFAULT_MAX_MATCHES, clock);
    }

    /**
     * @param maxMatches how many matches a result reports at most, best first; a name that resembles more entries
     *                   than that needs a human anyway
     * @see #UnConsolidatedListScreeningAdapter(String, double, Clock)
     */
    public UnConsolidatedListScreeningAdapter(String location, double threshold, int maxMatches, Clock clock) {
        if (!(threshold > 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("threshold must be above 0 and at most 1, was " + threshold);
        }
        if (maxMatches < 1) {
            throw new IllegalArgumentException("maxMatches must be at least 1, was " + maxMatches);
        }
        this.location = new ListLocation(location);
        this.threshold = threshold;
        this.maxMatches = maxMatches;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.current = load();
    }

    /**
     * @param name    the partner's name as registered
     * @param country not used; see the class comment
     */
    @Override
    public ScreeningResult screen(String name, String country) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the name to screen must not be blank");
        }
        LoadedList list = current;
        Instant screenedAt = clock.instant();
        List<String> screened = matcher.tokens(name);
        List<Candidate> candidates = new ArrayList<>();
        for (IndexedEntry entry : list.index()) {
            Candidate best = entry.bestMatch(screened, matcher);
            if (best.score() >= threshold) {
                candidates.add(best);
            }
        }
        List<ScreeningMatch> matches = candidates.stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(candidate -> candidate.entry().referenceNumber()))
                .limit(maxMatches)
                .map(Candidate::toMatch)
                .toList();
        return new ScreeningResult(LIST_NAME, list.list().version(), screenedAt, threshold, name, matches);
    }

    /**
     * Reads the source again and, if that succeeds, screens against the new edition from now on. Safe to call while
     * screenings run.
     *
     * @return the version ({@code dateGenerated}) of the edition now in use
     * @throws SanctionsListUnavailableException when the source cannot be read; the previous edition stays in use
     */
    public synchronized String reload() {
        current = load();
        return current.list().version();
    }

    /** The edition screenings currently use. */
    public SanctionsList currentList() {
        return current.list();
    }

    public String listVersion() {
        return current.list().version();
    }

    public double threshold() {
        return threshold;
    }

    private LoadedList load() {
        SanctionsList list;
        try (InputStream in = location.open()) {
            list = parser.parse(in, location.describe());
        } catch (IOException e) {
            throw location.unavailable("could not close the source (" + e + ")", e);
        }
        return new LoadedList(list, list.entries().stream().map(entry -> IndexedEntry.of(entry, matcher)).toList());
    }

    private record LoadedList(SanctionsList list, List<IndexedEntry> index) {
    }

    /** An entry with each of its names normalised once, at load, instead of at every screening. */
    private record IndexedEntry(ListedEntry entry, List<String> names, List<List<String>> tokens) {

        static IndexedEntry of(ListedEntry entry, NameMatcher matcher) {
            // The primary name first: on a tie it is the one reported.
            List<String> names = new ArrayList<>();
            names.add(entry.listedName());
            names.addAll(entry.aliasNames());
            if (!entry.nameOriginalScript().isEmpty()) {
                names.add(entry.nameOriginalScript());
            }
            return new IndexedEntry(entry, List.copyOf(names), names.stream().map(matcher::tokens).toList());
        }

        Candidate bestMatch(List<String> screened, NameMatcher matcher) {
            int best = 0;
            double bestScore = -1.0;
            for (int i = 0; i < names.size(); i++) {
                double score = matcher.similarity(screened, tokens.get(i));
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            // Rounded before the threshold is applied, so that a reported score is never below the threshold.
            return new Candidate(entry, names.get(best), Math.round(bestScore * 1000.0) / 1000.0);
        }
    }

    private record Candidate(ListedEntry entry, String matchedName, double score) {

        ScreeningMatch toMatch() {
            String reference = entry.referenceNumber().isEmpty() ? entry.dataId() : entry.referenceNumber();
            return new ScreeningMatch(reference, entry.kind().name(), entry.listedName(), matchedName, score,
                    entry.aliasNames());
        }
    }
}
