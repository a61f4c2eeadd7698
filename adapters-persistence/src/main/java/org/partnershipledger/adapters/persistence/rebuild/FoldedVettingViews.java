package org.partnershipledger.adapters.persistence.rebuild;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.adapters.persistence.vetting.JdbcVettingViewStore;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.projections.vetting.VettingIndex;
import org.partnershipledger.projections.vetting.VettingViewStore;

import java.sql.Types;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.partnershipledger.adapters.persistence.rebuild.ReadModelTable.Column;

/**
 * The vetting views of {@code vetting-views} folded in memory: the store port the projection writes to during a
 * rebuild, and the rows of {@code vetting_view} and {@code vetting_view_reliance} that {@link JdbcVettingViewStore}
 * would hold for the same views and indexes.
 */
public final class FoldedVettingViews implements VettingViewStore, RebuiltReadModel {

    static final ReadModelTable VIEW = ReadModelTable.of("vetting_view",
            new Column("vetting_id", Types.VARCHAR), new Column("version", Types.BIGINT),
            new Column("partner_id", Types.VARCHAR), new Column("partner_name", Types.VARCHAR),
            new Column("partner_type", Types.VARCHAR), new Column("partner_country", Types.VARCHAR),
            new Column("partnership_id", Types.VARCHAR), new Column("tier", Types.VARCHAR),
            new Column("required_authority", Types.VARCHAR), new Column("status", Types.VARCHAR),
            new Column("awaiting_decision", Types.BOOLEAN), new Column("decided_on", Types.DATE),
            new Column("valid_until", Types.DATE), new Column("opened_at", Types.TIMESTAMP_WITH_TIMEZONE),
            new Column("last_changed_at", Types.TIMESTAMP_WITH_TIMEZONE), new Column("summary", Types.VARCHAR),
            new Column("document", Types.VARCHAR));

    static final ReadModelTable RELIANCE = ReadModelTable.of("vetting_view_reliance",
            new Column("vetting_id", Types.VARCHAR), new Column("partnership_id", Types.VARCHAR));

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
        return List.of(VIEW, RELIANCE);
    }

    @Override
    public int size() {
        return views.size();
    }

    @Override
    public void rows(ReadModelTable table, Consumer<Object[]> rows) {
        if (table.equals(VIEW)) {
            views.values().forEach(folded -> rows.accept(viewRow(folded.view(), folded.index())));
        } else if (table.equals(RELIANCE)) {
            views.values().forEach(folded -> new LinkedHashSet<>(folded.index().reliedOnBy()).forEach(partnershipId ->
                    rows.accept(new Object[]{folded.index().vettingId(), partnershipId})));
        } else {
            throw new IllegalArgumentException("not a table of vetting-views: " + table.name());
        }
    }

    private static Object[] viewRow(VettingView view, VettingIndex index) {
        return new Object[]{
                view.vettingId(), view.version(), index.partnerId(), index.partnerName(),
                Rows.name(index.partnerType()), index.partnerCountry(), index.partnershipId(), index.tier().name(),
                index.requiredAuthority().name(), index.status().name(), index.awaitsDecision(), index.decidedOn(),
                index.validUntil(), Rows.utc(view.openedAt()), Rows.utc(view.lastChangedAt()),
                ReadModelJson.write(index), ReadModelJson.write(view)};
    }
}
