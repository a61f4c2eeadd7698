package org.partnershipledger.projections.partnership;

import org.partnershipledger.application.partnership.views.PartnershipView;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A store for projection tests: what the projection saves, and nothing else. */
class InMemoryPartnershipViewStore implements PartnershipViewStore {

    private final Map<String, PartnershipView> views = new LinkedHashMap<>();

    @Override
    public Optional<PartnershipView> find(String partnershipId) {
        return Optional.ofNullable(views.get(partnershipId));
    }

    @Override
    public void save(PartnershipView view) {
        views.put(view.partnershipId(), view);
    }
}
