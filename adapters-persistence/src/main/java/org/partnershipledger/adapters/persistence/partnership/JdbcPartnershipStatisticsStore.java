package org.partnershipledger.adapters.persistence.partnership;

import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.projections.partnership.PartnershipStatisticsStore;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Counts and the median computed by the database over the index columns of {@code partnership_view}, so that the
 * statistics cost a few aggregate queries however large the portfolio grows.
 */
public class JdbcPartnershipStatisticsStore implements PartnershipStatisticsStore {

    private final JdbcClient jdbc;

    public JdbcPartnershipStatisticsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<PartnershipStatus, Long> countByStatus() {
        return countBy("status", PartnershipStatus.class, PartnershipStatus::valueOf);
    }

    /** PERCENTILE_CONT is the SQL standard's median: the mean of the middle two for an even count, on both vendors. */
    @Override
    public OptionalDouble medianDaysFromProposalToAgreement() {
        return jdbc.sql("""
                        SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY days_to_agreement)
                          FROM partnership_view WHERE days_to_agreement IS NOT NULL""")
                .query(rs -> {
                    rs.next();
                    double median = rs.getDouble(1);
                    return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(median);
                });
    }

    @Override
    public Map<DiscontinuationReason, Long> countByDiscontinuationReason() {
        return countBy("discontinuation_reason", DiscontinuationReason.class, DiscontinuationReason::valueOf);
    }

    @Override
    public long countWithdrawnProposals() {
        return jdbc.sql("SELECT COUNT(*) FROM partnership_view WHERE withdrawn").query(Long.class).single();
    }

    private <K extends Enum<K>> Map<K, Long> countBy(String column, Class<K> type, Function<String, K> key) {
        Map<K, Long> counts = new EnumMap<>(type);
        jdbc.sql("SELECT " + column + ", COUNT(*) FROM partnership_view WHERE " + column + " IS NOT NULL"
                        + " GROUP BY " + column)
                .query(rs -> {
                    counts.put(key.apply(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }
}
