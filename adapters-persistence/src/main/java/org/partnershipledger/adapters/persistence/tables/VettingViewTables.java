package org.partnershipledger.adapters.persistence.tables;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.adapters.persistence.tables.ReadModelTable.Column;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.projections.vetting.VettingIndex;

import java.sql.Types;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

import static org.partnershipledger.adapters.persistence.tables.ColumnValues.name;
import static org.partnershipledger.adapters.persistence.tables.ColumnValues.utc;

/**
 * The tables of {@code vetting-views}: the view as a JSON document with its index as columns and a {@code summary}
 * document, and a row per relying partnership.
 */
public final class VettingViewTables {

    public static final ReadModelTable VIEW = ReadModelTable.of("vetting_view",
            new Column("vetting_id", Types.VARCHAR), new Column("version", Types.BIGINT),
            new Column("partner_id", Types.VARCHAR), new Column("partner_name", Types.VARCHAR),
            new Column("partner_type", Types.VARCHAR), new Column("partner_country", Types.VARCHAR),
            new Column("partnership_id", Types.VARCHAR), new Column("tier", Types.VARCHAR),
            new Column("required_authority", Types.VARCHAR), new Column("status", Types.VARCHAR),
            new Column("awaiting_decision", Types.BOOLEAN), new Column("decided_on", Types.DATE),
            new Column("valid_until", Types.DATE), new Column("opened_at", Types.TIMESTAMP_WITH_TIMEZONE),
            new Column("last_changed_at", Types.TIMESTAMP_WITH_TIMEZONE), new Column("summary", Types.VARCHAR),
            new Column("document", Types.VARCHAR));

    public static final ReadModelTable RELIANCE = ReadModelTable.of("vetting_view_reliance",
            new Column("vetting_id", Types.VARCHAR), new Column("partnership_id", Types.VARCHAR));

    /** Every table, each before those whose foreign keys refer to it. */
    public static final List<ReadModelTable> ALL = List.of(VIEW, RELIANCE);

    private VettingViewTables() {
    }

    /** Hands the rows that this view and its index have in the table to {@code rows}. */
    public static void rows(ReadModelTable table, VettingView view, VettingIndex index, Consumer<Object[]> rows) {
        if (table.equals(VIEW)) {
            rows.accept(new Object[]{view.vettingId(), view.version(), index.partnerId(), index.partnerName(),
                    name(index.partnerType()), index.partnerCountry(), index.partnershipId(), index.tier().name(),
                    index.requiredAuthority().name(), index.status().name(), index.awaitsDecision(),
                    index.decidedOn(), index.validUntil(), utc(view.openedAt()), utc(view.lastChangedAt()),
                    ReadModelJson.write(index), ReadModelJson.write(view)});
        } else if (table.equals(RELIANCE)) {
            new LinkedHashSet<>(index.reliedOnBy()).forEach(partnershipId ->
                    rows.accept(new Object[]{index.vettingId(), partnershipId}));
        } else {
            throw new IllegalArgumentException("not a table of vetting-views: " + table.name());
        }
    }
}
