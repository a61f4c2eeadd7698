package org.partnershipledger.projections.partnership;

import org.partnershipledger.application.partnership.views.PartnershipView;

import java.util.Optional;

/** Where partnership views are kept. Implementations write inside the event processor's transaction. */
public interface PartnershipViewStore {

    Optional<PartnershipView> find(String partnershipId);

    /**
     * Inserts the view and its index, or replaces those of the same partnership, together: the portfolio, the
     * calendar and the statistics must never disagree with the detail.
     */
    void save(PartnershipView view, PartnershipIndex index);

    /** Forgets every view and index, before a replay rebuilds them from the first event. */
    void deleteAll();
}
