package org.partnershipledger.adapters.persistence.rebuild;

import org.partnershipledger.adapters.persistence.tables.ReadModelTable;
import org.partnershipledger.adapters.persistence.tables.VettingViewTables;
import org.partnershipledger.adapters.persistence.vetting.JdbcVettingViewStore;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.projections.vetting.VettingIndex;
import org.partnershipledger.projections.vetting.VettingViewStore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The vetting views of {@code vetting-views} folded in memory: the store port the projection writes to during a
 * rebuild, and the rows of {@code vetting_view} and {@code vetting_view_reliance} that {@link JdbcVettingViewStore}
 * would hold for the same views and indexes.
 */
public final class FoldedVettingViews implements VettingViewStore, RebuiltReadModel {

    private final Map<String, Folded> views = new HashMap<>();

    private record Folded(VettingView view, VettingIndex index) {
    }

    @Override
    public Optional<VettingView> find(String vettingId) {
        Folded folded = views.get(vettingId);
        return folded == null ? Optional.empty() : Optional.of(folded.view());
    }

    @Override
    public void save(VettingView view, VettingIndex index) {
        views.put(view.vettingId(), new Folded(view, index));
    }

    @Override
    public void deleteAll() {
        views.clear();
    }

    @Override
    public List<ReadModelTable> tables() {
        return VettingViewTables.ALL;
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
        views.values().forEach(folded -> VettingViewTables.rows(table, folded.view(), folded.index(), rows));
    }
}
