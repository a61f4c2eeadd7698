package org.partnershipledger.adapters.persistence.vetting;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.adapters.persistence.batching.EventBatch;
import org.partnershipledger.adapters.persistence.batching.TableRows;
import org.partnershipledger.adapters.persistence.batching.TransactionalDocuments;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.vetting.Vetting;
import org.partnershipledger.projections.vetting.VettingIndex;
import org.partnershipledger.projections.vetting.VettingViewStore;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

import static org.partnershipledger.adapters.persistence.batching.SqlValues.bool;
import static org.partnershipledger.adapters.persistence.batching.SqlValues.date;
import static org.partnershipledger.adapters.persistence.batching.SqlValues.text;
import static org.partnershipledger.adapters.persistence.batching.SqlValues.timestamp;

/**
 * Keeps vetting views in {@code vetting_view}, on H2 and PostgreSQL alike: the view as a JSON document, its index as
 * columns and a {@code summary} document beside it, and a row per relying partnership in
 * {@code vetting_view_reliance}. Every statement joins the caller's transaction, so view, index and the processor's
 * token commit together. Within a transaction, views are read once and written once, at commit, a batch's views
 * together ({@link TransactionalDocuments}, ADR 026).
 */
public class JdbcVettingViewStore implements VettingViewStore {

    private static final TableRows VIEWS = new TableRows("vetting_view", "vetting_id", "version", "partner_id",
            "partner_name", "partner_type", "partner_country", "partnership_id", "tier", "required_authority",
            "status", "awaiting_decision", "decided_on", "valid_until", "opened_at", "last_changed_at", "summary",
            "document");
    private static final TableRows RELIANCES = new TableRows("vetting_view_reliance", "vetting_id",
            "partnership_id");

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
            VIEWS.textsWhere(jdbc, "vetting_id", "document", ids).forEach((id, document) ->
                    found.put(id, new Stored(ReadModelJson.read(document, VettingView.class), null)));
            return found;
        }

        /** Deleting a view deletes its reliance rows too (the foreign key cascades); all are then inserted anew. */
        @Override
        public void replace(Collection<Stored> stored) {
            VIEWS.deleteWhere(jdbc, "vetting_id", stored.stream().map(s -> s.view().vettingId()).toList());
            VIEWS.insert(jdbc, stored.stream().map(s -> viewRow(s.view(), s.index())).toList());
            RELIANCES.insert(jdbc, stored.stream().map(Stored::index).flatMap(index ->
                    new LinkedHashSet<>(index.reliedOnBy()).stream()
                            .map(partnershipId -> new Object[]{index.vettingId(), partnershipId})).toList());
        }
    }

    private static Object[] viewRow(VettingView view, VettingIndex index) {
        return new Object[]{view.vettingId(), view.version(), index.partnerId(), text(index.partnerName()),
                text(index.partnerType()), text(index.partnerCountry()), index.partnershipId(), index.tier().name(),
                index.requiredAuthority().name(), index.status().name(), bool(index.awaitsDecision()),
                date(index.decidedOn()), date(index.validUntil()), timestamp(view.openedAt()),
                timestamp(view.lastChangedAt()), ReadModelJson.write(index), ReadModelJson.write(view)};
    }
}
