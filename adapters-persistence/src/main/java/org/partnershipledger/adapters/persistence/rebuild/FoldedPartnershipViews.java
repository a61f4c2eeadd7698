package org.partnershipledger.adapters.persistence.rebuild;

import org.partnershipledger.adapters.persistence.partnership.JdbcPartnershipViewStore;
import org.partnershipledger.adapters.persistence.tables.PartnershipViewTables;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.projections.partnership.PartnershipIndex;
import org.partnershipledger.projections.partnership.PartnershipViewStore;

/**
 * The partnership views of {@code partnership-views} folded in memory: the store port the projection writes to during
 * a rebuild, and the rows of {@code partnership_view}, {@code partnership_view_partner} and
 * {@code partnership_view_open_action} that {@link JdbcPartnershipViewStore} would hold for the same views and indexes.
 */
public final class FoldedPartnershipViews extends FoldedIndexedViews<PartnershipView, PartnershipIndex>
        implements PartnershipViewStore {

    public FoldedPartnershipViews() {
        super(PartnershipViewTables.ALL, PartnershipView::partnershipId, PartnershipViewTables::rows);
    }
}
