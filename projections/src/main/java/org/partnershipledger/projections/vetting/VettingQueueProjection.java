package org.partnershipledger.projections.vetting;

import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.application.vetting.queries.FindVettingQueue;
import org.partnershipledger.application.vetting.views.VettingQueueItem;
import org.partnershipledger.application.vetting.views.VettingQueuePage;
import org.partnershipledger.domain.shared.VettingTier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Answers the vetting queue from the index {@link VettingViewProjection} keeps beside every view. A vetting's age
 * depends on the day the queue is asked for, so "today" is read from the clock at query time, never stored.
 */
public class VettingQueueProjection {

    private final VettingQueueStore store;
    private final Clock clock;

    public VettingQueueProjection(VettingQueueStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    @QueryHandler
    VettingQueuePage handle(FindVettingQueue query) {
        LocalDate today = LocalDate.now(clock);
        Map<VettingTier, Long> counts = store.countByTier(query);
        long totalItems = counts.values().stream().mapToLong(Long::longValue).sum();
        List<VettingQueueItem> items = query.offset() < totalItems
                ? store.page(query).stream().map(index -> index.queueItem(today, clock.getZone())).toList()
                : List.of();
        int totalPages = Math.toIntExact((totalItems + query.size() - 1) / query.size());
        return new VettingQueuePage(items, query.page(), query.size(), totalItems, totalPages, counts);
    }
}
