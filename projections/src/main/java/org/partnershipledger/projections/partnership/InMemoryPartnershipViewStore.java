package org.partnershipledger.projections.partnership;

import org.partnershipledger.application.partnership.views.PartnershipView;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Partnership views kept in memory, for rebuilding a view from the event store without touching the read model: the
 * audit trail feeds a partnership's past events through a {@link PartnershipViewProjection} of its own over this
 * store, so that a view as of any point in time comes from the same handlers as the current one.
 */
public final class InMemoryPartnershipViewStore implements PartnershipViewStore {

    private final Map<String, PartnershipView> views = new HashMap<>();

    @Override
    public Optional<PartnershipView> find(String partnershipId) {
        return Optional.ofNullable(views.get(partnershipId));
    }

    @Override
    public void save(PartnershipView view, PartnershipIndex index) {
        views.put(view.partnershipId(), view);
    }

    @Override
    public void deleteAll() {
        views.clear();
    }
}
