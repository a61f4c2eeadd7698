package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.shared.VettingTier;

import java.util.List;
import java.util.Map;

/**
 * One page of the vetting queue, oldest first, with the size of the whole filtered set.
 *
 * @param items        the vettings on this page, oldest first
 * @param page         the 0-based page number asked for
 * @param size         the page size asked for
 * @param totalItems   how many vettings pass the filters, on every page together
 * @param totalPages   how many pages of this size the filtered set fills
 * @param countsByTier how many of those are at each tier; every tier is present, with 0 when none is
 */
public record VettingQueuePage(List<VettingQueueItem> items,
                               int page,
                               int size,
                               long totalItems,
                               int totalPages,
                               Map<VettingTier, Long> countsByTier) {

    public VettingQueuePage {
        items = ViewCollections.listOf(items);
        countsByTier = ViewCollections.countsOf(VettingTier.class, countsByTier);
    }
}
