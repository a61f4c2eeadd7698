package org.partnershipledger.adapters.persistence.vetting;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.adapters.persistence.batching.EventBatch;
import org.partnershipledger.adapters.persistence.batching.TransactionalDocuments;
import org.partnershipledger.adapters.persistence.tables.ReadModelTable;
import org.partnershipledger.adapters.persistence.tables.TableRows;
import org.partnershipledger.adapters.persistence.tables.VettingViewTables;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.vetting.Vetting;
import org.partnershipledger.projections.vetting.VettingIndex;
import org.partnershipledger.projections.vetting.VettingViewStore;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps vetting views in {@code vetting_view}, on H2 and PostgreSQL alike: the view as a JSON document, its index as
 * columns and a {@code summary} document beside it, and a row per relying partnership in
 * {@code vetting_view_reliance}. Every statement joins the caller's transaction, so view, index and the processor's
 * token commit together. Within a transaction, views are read once and written once, at commit, a batch's views
 * together ({@link TransactionalDocuments}, ADR 026).
 */
public class JdbcVettingViewStore implements VettingViewStore {

    private static final TableRows DOCUMENTS = new TableRows(VettingViewTables.VIEW);

    private final JdbcClient jdbc;
    private final TransactionalDocuments<Stored> views;

    public JdbcVettingViewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.views = new TransactionalDocuments<>(new Storage(), EventBatch.keyedBy(Vetting.class));
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
        jdbc.sql("DELETE FROM vetting_view_reliance").update();
        jdbc.sql("DELETE FROM vetting_view").update();
    }

    /** A view as read (without its index, which only writing needs) or as staged to be written. */
    private record Stored(VettingView view, VettingIndex index) {
    }

    private final class Storage implements TransactionalDocuments.Storage<Stored> {

        @Override
        public Map<String, Stored> load(Collection<String> ids) {
            Map<String, Stored> found = new LinkedHashMap<>();
            DOCUMENTS.textsByKey(jdbc, "document", ids).forEach((id, document) ->
                    found.put(id, new Stored(ReadModelJson.read(document, VettingView.class), null)));
            return found;
        }

        /** Deleting a view deletes its reliance rows too (the foreign key cascades); all are then inserted anew. */
        @Override
        public void replace(Collection<Stored> stored) {
            DOCUMENTS.deleteByKey(jdbc, stored.stream().map(s -> s.view().vettingId()).toList());
            for (ReadModelTable table : VettingViewTables.ALL) {
                List<Object[]> rows = new ArrayList<>();
                stored.forEach(s -> VettingViewTables.rows(table, s.view(), s.index(), rows::add));
                new TableRows(table).insert(jdbc, rows);
            }
        }
    }
}
