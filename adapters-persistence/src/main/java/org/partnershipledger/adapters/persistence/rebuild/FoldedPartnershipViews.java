package org.partnershipledger.adapters.persistence.rebuild;

import org.partnershipledger.adapters.persistence.partnership.JdbcPartnershipViewStore;
import org.partnershipledger.adapters.persistence.tables.PartnershipViewTables;
import org.partnershipledger.adapters.persistence.tables.ReadModelTable;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.projections.partnership.PartnershipIndex;
import org.partnershipledger.projections.partnership.PartnershipViewStore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The partnership views of {@code partnership-views} folded in memory: the store port the projection writes to during
 * a rebuild, and the rows of {@code partnership_view}, {@code partnership_view_partner} and
 * {@code partnership_view_open_action} that {@link JdbcPartnershipViewStore} would hold for the same views and indexes.
 */
public final class FoldedPartnershipViews implements PartnershipViewStore, RebuiltReadModel {

    private final Map<String, Folded> views = new HashMap<>();

    private record Folded(PartnershipView view, PartnershipIndex index) {
    }

    @Override
    public Optional<PartnershipView> find(String partnershipId) {
        Folded folded = views.get(partnershipId);
        return folded == null ? Optional.empty() : Optional.of(folded.view());
    }

    @Override
    public void save(PartnershipView view, PartnershipIndex index) {
        views.put(view.partnershipId(), new Folded(view, index));
    }

    @Override
    public void deleteAll() {
        views.clear();
    }

    @Override
    public List<ReadModelTable> tables() {
        return PartnershipViewTables.ALL;
    }

    @Override
    public void clear() {
        views.clear();
    }

    @Override
    public int size() {
        return views.size();
    }

    @Override
    public void rows(ReadModelTable table, Consumer<Object[]> rows) {
        views.values().forEach(folded -> PartnershipViewTables.rows(table, folded.view(), folded.index(), rows));
    }
}
