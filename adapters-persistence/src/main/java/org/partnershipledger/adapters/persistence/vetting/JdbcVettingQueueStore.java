package org.partnershipledger.adapters.persistence.vetting;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.application.vetting.queries.FindVettingQueue;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.projections.vetting.VettingIndex;
import org.partnershipledger.projections.vetting.VettingQueueStore;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Filters and pages the vetting queue in SQL over the index columns of {@code vetting_view} and the reliance rows
 * beside them; only the indexes of one page leave the database.
 */
public class JdbcVettingQueueStore implements VettingQueueStore {

    private final JdbcClient jdbc;

    public JdbcVettingQueueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<VettingTier, Long> countByTier(FindVettingQueue query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(query, params);
        Map<VettingTier, Long> counts = new EnumMap<>(VettingTier.class);
        jdbc.sql("SELECT v.tier, COUNT(*) FROM vetting_view v" + where + " GROUP BY v.tier")
                .paramSource(params)
                .query(rs -> {
                    counts.put(VettingTier.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    @Override
    public List<VettingIndex> page(FindVettingQueue query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(query, params);
        return jdbc.sql("SELECT v.summary FROM vetting_view v" + where
                        + " ORDER BY v.opened_at, v.vetting_id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .paramSource(params.addValue("offset", query.offset()).addValue("size", query.size()))
                .query((rs, row) -> ReadModelJson.read(rs.getString(1), VettingIndex.class))
                .list();
    }

    private static String where(FindVettingQueue query, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (!query.includeDecided()) {
            conditions.add("v.awaiting_decision = TRUE");
        }
        if (query.tier() != null) {
            conditions.add("v.tier = :tier");
            params.addValue("tier", query.tier().name());
        }
        if (query.requiredAuthority() != null) {
            conditions.add("v.required_authority = :requiredAuthority");
            params.addValue("requiredAuthority", query.requiredAuthority().name());
        }
        if (query.partnerId() != null) {
            conditions.add("v.partner_id = :partnerId");
            params.addValue("partnerId", query.partnerId());
        }
        if (query.partnershipId() != null) {
            conditions.add("""
                    EXISTS (SELECT 1 FROM vetting_view_reliance r
                             WHERE r.vetting_id = v.vetting_id AND r.partnership_id = :partnershipId)""");
            params.addValue("partnershipId", query.partnershipId());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
