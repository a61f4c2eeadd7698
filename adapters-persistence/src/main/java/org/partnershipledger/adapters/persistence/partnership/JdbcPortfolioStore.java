package org.partnershipledger.adapters.persistence.partnership;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.application.partnership.queries.FindPortfolio;
import org.partnershipledger.application.partnership.views.PartnershipSummary;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.projections.partnership.PortfolioStore;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Filters, sorts and pages the portfolio in SQL over the index columns of {@code partnership_view} and the partner
 * rows beside them; only the summaries of one page leave the database.
 */
public class JdbcPortfolioStore implements PortfolioStore {

    private final JdbcClient jdbc;

    public JdbcPortfolioStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<PartnershipStatus, Long> countByStatus(FindPortfolio query) {
        PortfolioQuery sql = new PortfolioQuery(query);
        Map<PartnershipStatus, Long> counts = new EnumMap<>(PartnershipStatus.class);
        jdbc.sql("SELECT v.status, COUNT(*) FROM partnership_view v" + sql.where() + " GROUP BY v.status")
                .paramSource(sql.params())
                .query(rs -> {
                    counts.put(PartnershipStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    @Override
    public List<PartnershipSummary> page(FindPortfolio query) {
        PortfolioQuery sql = new PortfolioQuery(query);
        return jdbc.sql("SELECT v.summary FROM partnership_view v" + sql.where() + sql.orderBy()
                        + " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .paramSource(sql.params().addValue("offset", query.offset()).addValue("size", query.size()))
                .query((rs, row) -> ReadModelJson.read(rs.getString(1), PartnershipSummary.class))
                .list();
    }
}
