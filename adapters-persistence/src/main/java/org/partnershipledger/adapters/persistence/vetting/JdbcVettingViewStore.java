package org.partnershipledger.adapters.persistence.vetting;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.adapters.persistence.batching.EventBatch;
import org.partnershipledger.adapters.persistence.batching.TableStorage;
import org.partnershipledger.adapters.persistence.batching.TransactionalDocuments;
import org.partnershipledger.adapters.persistence.tables.VettingViewTables;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.vetting.Vetting;
import org.partnershipledger.projections.vetting.VettingIndex;
import org.partnershipledger.projections.vetting.VettingViewStore;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Optional;

/**
 * Keeps vetting views in {@code vetting_view}, on H2 and PostgreSQL alike: the view as a JSON document, its index as
 * columns and a {@code summary} document beside it, and a row per relying partnership in
 * {@code vetting_view_reliance}. Every statement joins the caller's transaction, so view, index and the processor's
 * token commit together. Within a transaction, views are read once and written once, at commit, a batch's views
 * together ({@link TransactionalDocuments}, ADR 026).
 */
public class JdbcVettingViewStore implements VettingViewStore {

    private final TableStorage<Stored> storage;
    private final TransactionalDocuments<Stored> views;

    public JdbcVettingViewStore(JdbcClient jdbc) {
        this.storage = new TableStorage<>(jdbc, VettingViewTables.ALL,
                json -> new Stored(ReadModelJson.read(json, VettingView.class), null),
                stored -> stored.view().vettingId(),
                (table, stored, rows) -> VettingViewTables.rows(table, stored.view(), stored.index(), rows));
        this.views = new TransactionalDocuments<>(storage, EventBatch.keyedBy(Vetting.class));
    }

    @Override
    public Optional<VettingView> find(String vettingId) {
        return views.find(vettingId).map(Stored::view);
    }

    @Override
    public void save(VettingView view, VettingIndex index) {
        views.save(view.vettingId(), new Stored(view, index));
    }

    @Override
    public void deleteAll() {
        views.forgetAll();
        storage.deleteAll();
    }

    /** A view as read (without its index, which only writing needs) or as staged to be written. */
    private record Stored(VettingView view, VettingIndex index) {
    }
}
