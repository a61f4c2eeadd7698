package org.partnershipledger.adapters.persistence.partnership;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.projections.partnership.PartnershipIndex;
import org.partnershipledger.projections.partnership.PartnershipViewStore;
import org.partnershipledger.adapters.persistence.batching.EventBatch;
import org.partnershipledger.adapters.persistence.batching.TableRows;
import org.partnershipledger.adapters.persistence.batching.TransactionalDocuments;
import org.partnershipledger.domain.partnership.Partnership;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.partnershipledger.adapters.persistence.batching.SqlValues.bool;
import static org.partnershipledger.adapters.persistence.batching.SqlValues.date;
import static org.partnershipledger.adapters.persistence.batching.SqlValues.integer;
import static org.partnershipledger.adapters.persistence.batching.SqlValues.text;
import static org.partnershipledger.adapters.persistence.batching.SqlValues.timestamp;

/**
 * Keeps partnership views in {@code partnership_view}, on H2 and PostgreSQL alike: the view as a JSON document, its
 * index as columns beside it and as rows of {@code partnership_view_partner} and {@code partnership_view_open_action}.
 * Every statement joins the caller's transaction, so view, index and the processor's token commit together. Within a
 * transaction, views are read once and written once, at commit, a batch's views together ({@link
 * TransactionalDocuments}, ADR 026).
 */
public class JdbcPartnershipViewStore implements PartnershipViewStore {

    private static final TableRows VIEWS = new TableRows("partnership_view", "partnership_id", "version", "title",
            "purpose", "status", "form", "lead_office", "proposed_at", "last_changed_at", "agreed_on",
            "next_review_due", "corrective_plan_due", "days_to_agreement", "discontinuation_reason", "withdrawn",
            "summary", "document");
    private static final TableRows PARTNERS = new TableRows("partnership_view_partner", "partnership_id",
            "partner_id", "name", "partner_type");
    private static final TableRows OPEN_ACTIONS = new TableRows("partnership_view_open_action", "partnership_id",
            "action_id", "description", "responsible_partner_id", "responsible", "due_date");

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
            VIEWS.textsWhere(jdbc, "partnership_id", "document", ids).forEach((id, document) ->
                    found.put(id, new Stored(ReadModelJson.read(document, PartnershipView.class), null)));
            return found;
        }

        /** Deleting a view deletes its index rows too (the foreign keys cascade); all are then inserted anew. */
        @Override
        public void replace(Collection<Stored> stored) {
            VIEWS.deleteWhere(jdbc, "partnership_id", stored.stream().map(s -> s.view().partnershipId()).toList());
            VIEWS.insert(jdbc, stored.stream().map(s -> viewRow(s.view(), s.index())).toList());
            PARTNERS.insert(jdbc, stored.stream().map(Stored::index).flatMap(index -> index.partners().stream()
                    .map(partner -> new Object[]{index.partnershipId(), partner.partnerId(), partner.name(),
                            partner.type().name()})).toList());
            OPEN_ACTIONS.insert(jdbc, stored.stream().map(Stored::index).flatMap(index -> index.openActions()
                    .stream().map(action -> new Object[]{index.partnershipId(), action.actionId(),
                            action.description(), text(action.responsiblePartnerId()), action.responsible(),
                            date(action.dueDate())})).toList());
        }
    }

    private static Object[] viewRow(PartnershipView view, PartnershipIndex index) {
        return new Object[]{view.partnershipId(), view.version(), view.title(), view.purpose(), view.status().name(),
                view.form().name(), view.leadOffice(), timestamp(view.proposedAt()),
                timestamp(view.lastChangedAt()), date(index.summary().agreedOn()),
                date(index.summary().nextReviewDue()), date(index.correctivePlanDue()),
                integer(index.daysFromProposalToAgreement()), text(index.discontinuationReason()),
                bool(index.withdrawn()), ReadModelJson.write(index.summary()), ReadModelJson.write(view)};
    }
}
