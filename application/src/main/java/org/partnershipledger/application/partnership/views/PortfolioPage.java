package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.PartnershipStatus;

import java.util.List;
import java.util.Map;

/**
 * One page of the portfolio, with the size of the whole filtered set so that a client can page through it.
 *
 * @param items      the partnerships on this page, in the order asked for
 * @param page       the 0-based page number asked for
 * @param size       the page size asked for
 * @param totalItems how many partnerships pass the filters, on every page together
 * @param totalPages how many pages of this size the filtered set fills
 * @param totals     how many of those are in each status; every status is present, with 0 when none is
 */
public record PortfolioPage(List<PartnershipSummary> items,
                            int page,
                            int size,
                            long totalItems,
                            int totalPages,
                            Map<PartnershipStatus, Long> totals) {

    public PortfolioPage {
        items = ViewCollections.listOf(items);
        totals = ViewCollections.countsOf(PartnershipStatus.class, totals);
    }
}
