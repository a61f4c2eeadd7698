package org.partnershipledger.adapters.persistence.tables;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.adapters.persistence.tables.ReadModelTable.Column;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.projections.partnership.PartnershipIndex;

import java.sql.Types;
import java.util.List;
import java.util.function.Consumer;

import static org.partnershipledger.adapters.persistence.tables.ColumnValues.name;
import static org.partnershipledger.adapters.persistence.tables.ColumnValues.utc;

/**
 * The tables of {@code partnership-views}: the view as a JSON document with its index as columns, a row per partner
 * and a row per open corrective action.
 */
public final class PartnershipViewTables {

    public static final ReadModelTable VIEW = ReadModelTable.of("partnership_view",
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

    public static final ReadModelTable PARTNER = ReadModelTable.of("partnership_view_partner",
            new Column("partnership_id", Types.VARCHAR), new Column("partner_id", Types.VARCHAR),
            new Column("name", Types.VARCHAR), new Column("partner_type", Types.VARCHAR));

    public static final ReadModelTable OPEN_ACTION = ReadModelTable.of("partnership_view_open_action",
            new Column("partnership_id", Types.VARCHAR), new Column("action_id", Types.VARCHAR),
            new Column("description", Types.VARCHAR), new Column("responsible_partner_id", Types.VARCHAR),
            new Column("responsible", Types.VARCHAR), new Column("due_date", Types.DATE));

    /** Every table, each before those whose foreign keys refer to it. */
    public static final List<ReadModelTable> ALL = List.of(VIEW, PARTNER, OPEN_ACTION);

    private PartnershipViewTables() {
    }

    /** Hands the rows that this view and its index have in the table to {@code rows}. */
    public static void rows(ReadModelTable table, PartnershipView view, PartnershipIndex index,
                            Consumer<Object[]> rows) {
        if (table.equals(VIEW)) {
            rows.accept(new Object[]{view.partnershipId(), view.version(), view.title(), view.purpose(),
                    view.status().name(), view.form().name(), view.leadOffice(), utc(view.proposedAt()),
                    utc(view.lastChangedAt()), index.summary().agreedOn(), index.summary().nextReviewDue(),
                    index.correctivePlanDue(), index.daysFromProposalToAgreement(),
                    name(index.discontinuationReason()), index.withdrawn(), ReadModelJson.write(index.summary()),
                    ReadModelJson.write(view)});
        } else if (table.equals(PARTNER)) {
            index.partners().forEach(partner -> rows.accept(new Object[]{index.partnershipId(), partner.partnerId(),
                    partner.name(), partner.type().name()}));
        } else if (table.equals(OPEN_ACTION)) {
            index.openActions().forEach(action -> rows.accept(new Object[]{index.partnershipId(), action.actionId(),
                    action.description(), action.responsiblePartnerId(), action.responsible(), action.dueDate()}));
        } else {
            throw new IllegalArgumentException("not a table of partnership-views: " + table.name());
        }
    }
}
