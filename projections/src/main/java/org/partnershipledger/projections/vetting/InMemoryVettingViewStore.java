package org.partnershipledger.projections.vetting;

import org.partnershipledger.application.vetting.views.VettingView;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Vetting views kept in memory, for rebuilding a view from the event store without touching the read model: the audit
 * trail feeds a vetting's past events through a {@link VettingViewProjection} of its own over this store, so that a
 * view as of any point in time comes from the same handlers as the current one.
 */
public final class InMemoryVettingViewStore implements VettingViewStore {

    private final Map<String, VettingView> views = new HashMap<>();

    @Override
    public Optional<VettingView> find(String vettingId) {
        return Optional.ofNullable(views.get(vettingId));
    }

    @Override
    public void save(VettingView view, VettingIndex index) {
        views.put(view.vettingId(), view);
    }

    @Override
    public void deleteAll() {
        views.clear();
    }
}
