package org.partnershipledger.projections.vetting;

import org.partnershipledger.application.vetting.views.VettingView;

import java.util.Optional;

/** Where vetting views are kept. Implementations write inside the event processor's transaction. */
public interface VettingViewStore {

    Optional<VettingView> find(String vettingId);

    /**
     * Inserts the view and its index, or replaces those of the same vetting, together: the queue, the registry and
     * clearance reuse must never disagree with the detail.
     */
    void save(VettingView view, VettingIndex index);

    /** Forgets every vetting view and index, before a replay rebuilds them from the first event. */
    void deleteAll();
}
