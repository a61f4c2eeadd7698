package org.partnershipledger.adapters.persistence.partnership;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.adapters.persistence.batching.EventBatch;
import org.partnershipledger.adapters.persistence.batching.TransactionalDocuments;
import org.partnershipledger.adapters.persistence.tables.PartnershipViewTables;
import org.partnershipledger.adapters.persistence.tables.ReadModelTable;
import org.partnershipledger.adapters.persistence.tables.TableRows;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.domain.partnership.Partnership;
import org.partnershipledger.projections.partnership.PartnershipIndex;
import org.partnershipledger.projections.partnership.PartnershipViewStore;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps partnership views in {@code partnership_view}, on H2 and PostgreSQL alike: the view as a JSON document, its
 * index as columns beside it and as rows of {@code partnership_view_partner} and {@code partnership_view_open_action}.
 * Every statement joins the caller's transaction, so view, index and the processor's token commit together. Within a
 * transaction, views are read once and written once, at commit, a batch's views together ({@link
 * TransactionalDocuments}, ADR 026).
 */
public class JdbcPartnershipViewStore implements PartnershipViewStore {

    private static final TableRows DOCUMENTS = new TableRows(PartnershipViewTables.VIEW);

    private final JdbcClient jdbc;
    private final TransactionalDocuments<Stored> views;

    public JdbcPartnershipViewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.views = new TransactionalDocuments<>(new Storage(), EventBatch.keyedBy(Partnership.class));
    }

    @Override
    public Optional<PartnershipView> find(String partnershipId) {
        return views.find(partnershipId).map(Stored::view);
    }

    @Override
    public void save(PartnershipView view, PartnershipIndex index) {
        views.save(view.partnershipId(), new Stored(view, index));
    }

    @Override
    public void deleteAll() {
        views.forgetAll();
        jdbc.sql("DELETE FROM partnership_view_open_action").update();
        jdbc.sql("DELETE FROM partnership_view_partner").update();
        jdbc.sql("DELETE FROM partnership_view").update();
    }

    /** A view as read (without its index, which only writing needs) or as staged to be written. */
    private record Stored(PartnershipView view, PartnershipIndex index) {
    }

    private final class Storage implements TransactionalDocuments.Storage<Stored> {

        @Override
        public Map<String, Stored> load(Collection<String> ids) {
            Map<String, Stored> found = new LinkedHashMap<>();
            DOCUMENTS.textsByKey(jdbc, "document", ids).forEach((id, document) ->
                    found.put(id, new Stored(ReadModelJson.read(document, PartnershipView.class), null)));
            return found;
        }

        /** Deleting a view deletes its index rows too (the foreign keys cascade); all are then inserted anew. */
        @Override
        public void replace(Collection<Stored> stored) {
            DOCUMENTS.deleteByKey(jdbc, stored.stream().map(s -> s.view().partnershipId()).toList());
            for (ReadModelTable table : PartnershipViewTables.ALL) {
                List<Object[]> rows = new ArrayList<>();
                stored.forEach(s -> PartnershipViewTables.rows(table, s.view(), s.index(), rows::add));
                new TableRows(table).insert(jdbc, rows);
            }
        }
    }
}
