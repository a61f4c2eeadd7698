package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.partnership.PartnerType;

import java.util.List;
import java.util.Map;

/**
 * One page of the partner registry, by name.
 *
 * @param items        the partners on this page, by name
 * @param totalsByType how many partners of each type the whole registry holds, whatever the filters; every type is
 *                     present, with 0 when there is none
 * @param page         the 0-based page number asked for
 * @param size         the page size asked for
 * @param totalItems   how many partners pass the filters, on every page together
 * @param totalPages   how many pages of this size the filtered set fills
 */
public record PartnerRegistryPage(List<PartnerRecord> items,
                                  Map<PartnerType, Long> totalsByType,
                                  int page,
                                  int size,
                                  long totalItems,
                                  int totalPages) {

    public PartnerRegistryPage {
        items = ViewCollections.listOf(items);
        totalsByType = ViewCollections.countsOf(PartnerType.class, totalsByType);
    }
}
