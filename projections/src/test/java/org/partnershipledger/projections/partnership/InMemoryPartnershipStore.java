package org.partnershipledger.projections.partnership;

import org.partnershipledger.application.partnership.queries.FindPortfolio;
import org.partnershipledger.application.partnership.queries.PortfolioSort;
import org.partnershipledger.application.partnership.views.OverdueActionView;
import org.partnershipledger.application.partnership.views.OverduePlanView;
import org.partnershipledger.application.partnership.views.PartnershipSummary;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.application.partnership.views.ReviewDueView;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.PartnershipStatus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every store port of the partnership read models over two maps, for projection tests: it keeps what the projection
 * saves and answers the way the JDBC stores do, without a database.
 */
class InMemoryPartnershipStore
        implements PartnershipViewStore, PortfolioStore, ReviewCalendarStore, PartnershipStatisticsStore {

    private final Map<String, PartnershipView> views = new LinkedHashMap<>();
    private final Map<String, PartnershipIndex> indexes = new LinkedHashMap<>();
    private int saves;

    @Override
    public Optional<PartnershipView> find(String partnershipId) {
        return Optional.ofNullable(views.get(partnershipId));
    }

    @Override
    public void save(PartnershipView view, PartnershipIndex index) {
        views.put(view.partnershipId(), view);
        indexes.put(index.partnershipId(), index);
        saves++;
    }

    @Override
    public void deleteAll() {
        views.clear();
        indexes.clear();
    }

    int saves() {
        return saves;
    }

    // ---- portfolio --------------------------------------------------------------------------------------------

    @Override
    public Map<PartnershipStatus, Long> countByStatus(FindPortfolio query) {
        return filtered(query).collect(Collectors.groupingBy(i -> i.summary().status(), Collectors.counting()));
    }

    @Override
    public List<PartnershipSummary> page(FindPortfolio query) {
        return filtered(query).map(PartnershipIndex::summary).sorted(order(query.sort()))
                .skip(query.offset()).limit(query.size()).toList();
    }

    private Stream<PartnershipIndex> filtered(FindPortfolio query) {
        return indexes.values().stream()
                .filter(i -> query.status() == null || i.summary().status() == query.status())
                .filter(i -> query.form() == null || i.summary().form() == query.form())
                .filter(i -> query.leadOffice() == null || i.summary().leadOffice().equals(query.leadOffice()))
                .filter(i -> query.partnerType() == null
                        || i.partners().stream().anyMatch(p -> p.type() == query.partnerType()))
                .filter(i -> query.text() == null || matchesText(i, query.text().toLowerCase(Locale.ROOT)));
    }

    private static boolean matchesText(PartnershipIndex index, String text) {
        Predicate<String> contains = value -> value != null && value.toLowerCase(Locale.ROOT).contains(text);
        return contains.test(index.summary().title()) || contains.test(index.purpose())
                || index.partners().stream().anyMatch(p -> contains.test(p.name()));
    }

    private static Comparator<PartnershipSummary> order(PortfolioSort sort) {
        Comparator<PartnershipSummary> byField = switch (sort.field()) {
            case PROPOSED_AT -> Comparator.comparing(PartnershipSummary::proposedAt);
            case TITLE -> Comparator.comparing(s -> s.title().toLowerCase(Locale.ROOT));
            case STATUS -> Comparator.comparing(PartnershipSummary::status);
            case NEXT_REVIEW_DUE -> nullsLast(PartnershipSummary::nextReviewDue, sort.direction());
        };
        if (sort.direction() == PortfolioSort.Direction.DESC && sort.field() != PortfolioSort.Field.NEXT_REVIEW_DUE) {
            byField = byField.reversed();
        }
        return byField.thenComparing(PartnershipSummary::proposedAt, Comparator.reverseOrder())
                .thenComparing(PartnershipSummary::partnershipId);
    }

    private static Comparator<PartnershipSummary> nullsLast(Function<PartnershipSummary, LocalDate> key,
                                                            PortfolioSort.Direction direction) {
        Comparator<LocalDate> dates = direction == PortfolioSort.Direction.ASC
                ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(key, Comparator.nullsLast(dates));
    }

    // ---- review calendar --------------------------------------------------------------------------------------

    @Override
    public List<ReviewDueView> reviewsDueBetween(LocalDate first, LocalDate last, String leadOffice) {
        return reviewsDue(due -> !due.isBefore(first) && !due.isAfter(last), leadOffice);
    }

    @Override
    public List<ReviewDueView> reviewsDueBefore(LocalDate day, String leadOffice) {
        return reviewsDue(due -> due.isBefore(day), leadOffice);
    }

    private List<ReviewDueView> reviewsDue(Predicate<LocalDate> when, String leadOffice) {
        return inOffice(leadOffice).map(PartnershipIndex::summary)
                .filter(s -> s.nextReviewDue() != null && when.test(s.nextReviewDue()))
                .map(s -> new ReviewDueView(s.partnershipId(), s.title(), s.leadOffice(), s.status(),
                        s.nextReviewDue()))
                .sorted(Comparator.comparing(ReviewDueView::dueOn).thenComparing(ReviewDueView::title))
                .toList();
    }

    @Override
    public List<OverdueActionView> openActionsDueBefore(LocalDate day, String leadOffice) {
        return inOffice(leadOffice).flatMap(i -> i.openActions().stream().filter(a -> a.dueDate().isBefore(day))
                        .map(a -> new OverdueActionView(i.partnershipId(), i.summary().title(),
                                i.summary().leadOffice(), a.actionId(), a.description(), a.responsiblePartnerId(),
                                a.responsible(), a.dueDate())))
                .sorted(Comparator.comparing(OverdueActionView::dueDate).thenComparing(OverdueActionView::title))
                .toList();
    }

    @Override
    public List<OverduePlanView> correctivePlansDueBefore(LocalDate day, String leadOffice) {
        return inOffice(leadOffice)
                .filter(i -> i.correctivePlanDue() != null && i.correctivePlanDue().isBefore(day))
                .map(i -> new OverduePlanView(i.partnershipId(), i.summary().title(), i.summary().leadOffice(),
                        i.correctivePlanDue()))
                .sorted(Comparator.comparing(OverduePlanView::planDeadline).thenComparing(OverduePlanView::title))
                .toList();
    }

    private Stream<PartnershipIndex> inOffice(String leadOffice) {
        return indexes.values().stream()
                .filter(i -> leadOffice == null || Objects.equals(i.summary().leadOffice(), leadOffice));
    }

    // ---- statistics -------------------------------------------------------------------------------------------

    @Override
    public Map<PartnershipStatus, Long> countByStatus() {
        return indexes.values().stream().collect(Collectors.groupingBy(i -> i.summary().status(),
                Collectors.counting()));
    }

    @Override
    public OptionalDouble medianDaysFromProposalToAgreement() {
        List<Integer> days = indexes.values().stream().map(PartnershipIndex::daysFromProposalToAgreement)
                .filter(Objects::nonNull).sorted().toList();
        if (days.isEmpty()) {
            return OptionalDouble.empty();
        }
        int middle = days.size() / 2;
        return OptionalDouble.of(days.size() % 2 == 1 ? days.get(middle)
                : (days.get(middle - 1) + days.get(middle)) / 2.0);
    }

    @Override
    public Map<DiscontinuationReason, Long> countByDiscontinuationReason() {
        return indexes.values().stream().map(PartnershipIndex::discontinuationReason).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Override
    public long countWithdrawnProposals() {
        return indexes.values().stream().filter(PartnershipIndex::withdrawn).count();
    }
}
