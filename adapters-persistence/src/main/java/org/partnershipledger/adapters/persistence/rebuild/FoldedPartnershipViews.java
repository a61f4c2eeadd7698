package org.partnershipledger.adapters.persistence.rebuild;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.adapters.persistence.partnership.JdbcPartnershipViewStore;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.projections.partnership.PartnershipIndex;
import org.partnershipledger.projections.partnership.PartnershipViewStore;

import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.partnershipledger.adapters.persistence.rebuild.ReadModelTable.Column;

/**
 * The partnership views of {@code partnership-views} folded in memory: the store port the projection writes to during
 * a rebuild, and the rows of {@code partnership_view}, {@code partnership_view_partner} and
 * {@code partnership_view_open_action} that {@link JdbcPartnershipViewStore} would hold for the same views and indexes.
 */
public final class FoldedPartnershipViews implements PartnershipViewStore, RebuiltReadModel {

    static final ReadModelTable VIEW = ReadModelTable.of("partnership_view",
            new Column("partnership_id", Types.VARCHAR), new Column("version", Types.BIGINT),
            new Column("title", Types.VARCHAR), new Column("purpose", Types.VARCHAR),
            new Column("status", Types.VARCHAR), new Column("form", Types.VARCHAR),
            new Column("lead_office", Types.VARCHAR),
            new Column("proposed_at", Types.TIMESTAMP_WITH_TIMEZONE),
            new Column("last_changed_at", Types.TIMESTAMP_WITH_TIMEZONE),
            new Column("agreed_on", Types.DATE), new Column("next_review_due", Types.DATE),
            new Column("corrective_plan_due", Types.DATE), new Column("days_to_agreement", Types.INTEGER),
            new Column("discontinuation_reason", Types.VARCHAR), new Column("withdrawn", Types.BOOLEAN),
            new Column("summary", Types.VARCHAR), new Column("document", Types.VARCHAR));

    static final ReadModelTable PARTNER = ReadModelTable.of("partnership_view_partner",
            new Column("partnership_id", Types.VARCHAR), new Column("partner_id", Types.VARCHAR),
            new Column("name", Types.VARCHAR), new Column("partner_type", Types.VARCHAR));

    static final ReadModelTable OPEN_ACTION = ReadModelTable.of("partnership_view_open_action",
            new Column("partnership_id", Types.VARCHAR), new Column("action_id", Types.VARCHAR),
            new Column("description", Types.VARCHAR), new Column("responsible_partner_id", Types.VARCHAR),
            new Column("responsible", Types.VARCHAR), new Column("due_date", Types.DATE));

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
        return List.of(VIEW, PARTNER, OPEN_ACTION);
    }

    @Override
    public int size() {
        return views.size();
    }

    @Override
    public void rows(ReadModelTable table, Consumer<Object[]> rows) {
        if (table.equals(VIEW)) {
            views.values().forEach(folded -> rows.accept(viewRow(folded.view(), folded.index())));
        } else if (table.equals(PARTNER)) {
            views.values().forEach(folded -> folded.index().partners().forEach(partner -> rows.accept(new Object[]{
                    folded.index().partnershipId(), partner.partnerId(), partner.name(), partner.type().name()})));
        } else if (table.equals(OPEN_ACTION)) {
            views.values().forEach(folded -> folded.index().openActions().forEach(action -> rows.accept(new Object[]{
                    folded.index().partnershipId(), action.actionId(), action.description(),
                    action.responsiblePartnerId(), action.responsible(), action.dueDate()})));
        } else {
            throw new IllegalArgumentException("not a table of partnership-views: " + table.name());
        }
    }

    private static Object[] viewRow(PartnershipView view, PartnershipIndex index) {
        return new Object[]{
                view.partnershipId(), view.version(), view.title(), view.purpose(), view.status().name(),
                view.form().name(), view.leadOffice(), Rows.utc(view.proposedAt()), Rows.utc(view.lastChangedAt()),
                index.summary().agreedOn(), index.summary().nextReviewDue(), index.correctivePlanDue(),
                index.daysFromProposalToAgreement(), Rows.name(index.discontinuationReason()), index.withdrawn(),
                ReadModelJson.write(index.summary()), ReadModelJson.write(view)};
    }
}
