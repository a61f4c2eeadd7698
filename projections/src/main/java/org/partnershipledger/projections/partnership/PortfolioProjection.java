package org.partnershipledger.projections.partnership;

import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.application.partnership.queries.FindPortfolio;
import org.partnershipledger.application.partnership.views.PartnershipSummary;
import org.partnershipledger.application.partnership.views.PortfolioPage;
import org.partnershipledger.domain.partnership.PartnershipStatus;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Answers the portfolio from the index {@link PartnershipViewProjection} keeps beside every view: it writes, this
 * reads, so the two can never disagree on what a partnership looks like.
 */
public class PortfolioProjection {

    private final PortfolioStore store;

    public PortfolioProjection(PortfolioStore store) {
        this.store = Objects.requireNonNull(store);
    }

    @QueryHandler
    PortfolioPage handle(FindPortfolio query) {
        Map<PartnershipStatus, Long> totals = store.countByStatus(query);
        long totalItems = totals.values().stream().mapToLong(Long::longValue).sum();
        List<PartnershipSummary> items = query.offset() < totalItems ? store.page(query) : List.of();
        int totalPages = Math.toIntExact((totalItems + query.size() - 1) / query.size());
        return new PortfolioPage(items, query.page(), query.size(), totalItems, totalPages, totals);
    }
}
