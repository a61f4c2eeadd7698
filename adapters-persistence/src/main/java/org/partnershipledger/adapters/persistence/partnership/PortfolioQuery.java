package org.partnershipledger.adapters.persistence.partnership;

import org.partnershipledger.application.partnership.queries.FindPortfolio;
import org.partnershipledger.application.partnership.queries.PortfolioSort;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL of one portfolio query: its filters as a WHERE clause over {@code partnership_view v} with their parameters,
 * and its order. Standard SQL that H2 and PostgreSQL read alike.
 */
final class PortfolioQuery {

    /** Lifecycle order, so that sorting by status reads like the lifecycle rather than the alphabet. */
    private static final String STATUS_RANK = statusRank();

    private final FindPortfolio query;
    private final MapSqlParameterSource params = new MapSqlParameterSource();
    private final String where;

    PortfolioQuery(FindPortfolio query) {
        this.query = query;
        this.where = filters();
    }

    MapSqlParameterSource params() {
        return params;
    }

    /** The WHERE clause of the query's filters, empty when it has none. */
    String where() {
        return where;
    }

    private String filters() {
        List<String> conditions = new ArrayList<>();
        if (query.status() != null) {
            conditions.add("v.status = :status");
            params.addValue("status", query.status().name());
        }
        if (query.form() != null) {
            conditions.add("v.form = :form");
            params.addValue("form", query.form().name());
        }
        if (query.leadOffice() != null) {
            conditions.add("v.lead_office = :leadOffice");
            params.addValue("leadOffice", query.leadOffice());
        }
        if (query.partnerType() != null) {
            conditions.add("""
                    EXISTS (SELECT 1 FROM partnership_view_partner p
                             WHERE p.partnership_id = v.partnership_id AND p.partner_type = :partnerType)""");
            params.addValue("partnerType", query.partnerType().name());
        }
        if (query.text() != null) {
            conditions.add("""
                    (LOWER(v.title) LIKE :text ESCAPE '\\' OR LOWER(v.purpose) LIKE :text ESCAPE '\\'
                     OR EXISTS (SELECT 1 FROM partnership_view_partner n
                                 WHERE n.partnership_id = v.partnership_id
                                   AND LOWER(n.name) LIKE :text ESCAPE '\\'))""");
            params.addValue("text", "%" + likeLiteral(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Ties broken by the newest proposal, then by id, so that pages never overlap nor skip a partnership. */
    String orderBy() {
        PortfolioSort sort = query.sort();
        String direction = sort.direction().name();
        String key = switch (sort.field()) {
            case PROPOSED_AT -> "v.proposed_at " + direction;
            case TITLE -> "LOWER(v.title) " + direction;
            case STATUS -> STATUS_RANK + " " + direction;
            case NEXT_REVIEW_DUE -> "v.next_review_due " + direction + " NULLS LAST";
        };
        return " ORDER BY " + key + ", v.proposed_at DESC, v.partnership_id";
    }

    /** A user's text matched literally: {@code %} and {@code _} are what they are, not wildcards. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String statusRank() {
        StringBuilder rank = new StringBuilder("CASE v.status");
        for (PartnershipStatus status : PartnershipStatus.values()) {
            rank.append(" WHEN '").append(status.name()).append("' THEN ").append(status.ordinal());
        }
        return rank.append(" END").toString();
    }
}
