package org.partnershipledger.adapters.persistence.partnership;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.adapters.persistence.batching.EventBatch;
import org.partnershipledger.adapters.persistence.batching.TableStorage;
import org.partnershipledger.adapters.persistence.batching.TransactionalDocuments;
import org.partnershipledger.adapters.persistence.tables.PartnershipViewTables;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.domain.partnership.Partnership;
import org.partnershipledger.projections.partnership.PartnershipIndex;
import org.partnershipledger.projections.partnership.PartnershipViewStore;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Optional;

/**
 * Keeps partnership views in {@code partnership_view}, on H2 and PostgreSQL alike: the view as a JSON document, its
 * index as columns beside it and as rows of {@code partnership_view_partner} and {@code partnership_view_open_action}.
 * Every statement joins the caller's transaction, so view, index and the processor's token commit together. Within a
 * transaction, views are read once and written once, at commit, a batch's views together ({@link
 * TransactionalDocuments}, ADR 026).
 */
public class JdbcPartnershipViewStore implements PartnershipViewStore {

    private final TableStorage<Stored> storage;
    private final TransactionalDocuments<Stored> views;

    public JdbcPartnershipViewStore(JdbcClient jdbc) {
        this.storage = new TableStorage<>(jdbc, PartnershipViewTables.ALL,
                json -> new Stored(ReadModelJson.read(json, PartnershipView.class), null),
                stored -> stored.view().partnershipId(),
                (table, stored, rows) -> PartnershipViewTables.rows(table, stored.view(), stored.index(), rows));
        this.views = new TransactionalDocuments<>(storage, EventBatch.keyedBy(Partnership.class));
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
        storage.deleteAll();
    }

    /** A view as read (without its index, which only writing needs) or as staged to be written. */
    private record Stored(PartnershipView view, PartnershipIndex index) {
    }
}
