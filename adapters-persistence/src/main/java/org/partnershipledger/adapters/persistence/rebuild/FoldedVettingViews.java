package org.partnershipledger.adapters.persistence.rebuild;

import org.partnershipledger.adapters.persistence.tables.VettingViewTables;
import org.partnershipledger.adapters.persistence.vetting.JdbcVettingViewStore;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.projections.vetting.VettingIndex;
import org.partnershipledger.projections.vetting.VettingViewStore;

/**
 * The vetting views of {@code vetting-views} folded in memory: the store port the projection writes to during a
 * rebuild, and the rows of {@code vetting_view} and {@code vetting_view_reliance} that {@link JdbcVettingViewStore}
 * would hold for the same views and indexes.
 */
public final class FoldedVettingViews extends FoldedIndexedViews<VettingView, VettingIndex>
        implements VettingViewStore {

    public FoldedVettingViews() {
        super(VettingViewTables.ALL, VettingView::vettingId, VettingViewTables::rows);
    }
}
