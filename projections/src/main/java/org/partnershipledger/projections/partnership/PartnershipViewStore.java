package org.partnershipledger.projections.partnership;

import org.partnershipledger.application.partnership.views.PartnershipView;

import java.util.Optional;

/** Where partnership views are kept. Implementations write inside the event processor's transaction. */
public interface PartnershipViewStore {

    Optional<PartnershipView> find(String partnershipId);

    /** Inserts the view or replaces the one with the same partnership id. */
    void save(PartnershipView view);
}
