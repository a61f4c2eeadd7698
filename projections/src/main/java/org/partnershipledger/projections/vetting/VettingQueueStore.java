package org.partnershipledger.projections.vetting;

import org.partnershipledger.application.vetting.queries.FindVettingQueue;
import org.partnershipledger.domain.shared.VettingTier;

import java.util.List;
import java.util.Map;

/**
 * The queue side of the vetting store: filtering and paging over the {@link VettingIndex} kept beside each view.
 * Filters mean what {@link FindVettingQueue} says: without {@code includeDecided} only OPEN and REOPENED vettings; the
 * partnership filter matches every partnership in {@link VettingIndex#reliedOnBy()}.
 */
public interface VettingQueueStore {

    /** How many vettings that pass the query's filters are at each tier; a tier with none may be absent. */
    Map<VettingTier, Long> countByTier(FindVettingQueue query);

    /** The indexes on the query's page, oldest opened first (ties by vetting id). */
    List<VettingIndex> page(FindVettingQueue query);
}
