package org.partnershipledger.adapters.persistence.vetting;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.application.vetting.queries.FindPartners;
import org.partnershipledger.application.vetting.views.PartnerPartnershipView;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.projections.vetting.PartnerEngagement;
import org.partnershipledger.projections.vetting.PartnerIdentity;
import org.partnershipledger.projections.vetting.PartnerRegistryStore;
import org.partnershipledger.projections.vetting.VettingIndex;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The partner registry in SQL (ADR 009): partners composed from the engagement rows every partnership keeps and the
 * vettings of {@code vetting_view}. A partner's identity is picked with a {@code ROW_NUMBER()} window: the row a
 * partnership recorded most recently, and a vetting's only while no partnership names the partner. Standard SQL that
 * H2 and PostgreSQL run alike.
 */
public class JdbcPartnerRegistryStore implements PartnerRegistryStore {

    /** One row per partner: the identity of the registry, as a table expression named {@code registry_partner}. */
    private static final String PARTNERS = """
            WITH identities AS (
                SELECT partner_id, name, partner_type, country, registration_reference,
                       0 AS source_rank, identified_at, partnership_id AS source_id
                  FROM partner_registry_engagement
                UNION ALL
                SELECT partner_id, partner_name, partner_type, partner_country, CAST(NULL AS VARCHAR),
                       1, opened_at, vetting_id
                  FROM vetting_view
            ), ranked AS (
                SELECT partner_id, name, partner_type, country, registration_reference,
                       ROW_NUMBER() OVER (PARTITION BY partner_id
                                          ORDER BY source_rank, identified_at DESC, source_id DESC) AS pick
                  FROM identities
            ), registry_partner AS (
                SELECT partner_id, name, partner_type, country, registration_reference FROM ranked WHERE pick = 1
            )
            """;

    private static final RowMapper<PartnerIdentity> IDENTITY = (rs, row) -> new PartnerIdentity(
            rs.getString("partner_id"), rs.getString("name"), type(rs.getString("partner_type")),
            rs.getString("country"), rs.getString("registration_reference"));

    private final JdbcClient jdbc;

    public JdbcPartnerRegistryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<PartnerType, Long> countByType() {
        Map<PartnerType, Long> counts = new EnumMap<>(PartnerType.class);
        jdbc.sql(PARTNERS + "SELECT p.partner_type, COUNT(*) FROM registry_partner p GROUP BY p.partner_type")
                .query(rs -> {
                    PartnerType type = type(rs.getString(1));
                    if (type != null) {
                        counts.put(type, rs.getLong(2));
                    }
                });
        return counts;
    }

    @Override
    public long count(FindPartners query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.sql(PARTNERS + "SELECT COUNT(*) FROM registry_partner p" + where(query, params))
                .paramSource(params)
                .query(Long.class)
                .single();
    }

    @Override
    public List<PartnerIdentity> page(FindPartners query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(query, params);
        return jdbc.sql(PARTNERS + "SELECT p.* FROM registry_partner p" + where
                        + " ORDER BY LOWER(p.name), p.partner_id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .paramSource(params.addValue("offset", query.offset()).addValue("size", query.size()))
                .query(IDENTITY)
                .list();
    }

    @Override
    public Optional<PartnerIdentity> identityOf(String partnerId) {
        return jdbc.sql(PARTNERS + "SELECT p.* FROM registry_partner p WHERE p.partner_id = :partnerId")
                .param("partnerId", partnerId)
                .query(IDENTITY)
                .optional();
    }

    @Override
    public List<PartnerEngagement> engagementsOf(Collection<String> partnerIds) {
        if (partnerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT partner_id, partnership_id, title, status, engagement, lead_office, joined_at, left_at
                          FROM partner_registry_engagement
                         WHERE partner_id IN (:partnerIds)
                         ORDER BY joined_at, partnership_id""")
                .param("partnerIds", List.copyOf(partnerIds))
                .query((rs, row) -> new PartnerEngagement(rs.getString("partner_id"), new PartnerPartnershipView(
                        rs.getString("partnership_id"), rs.getString("title"),
                        PartnershipStatus.valueOf(rs.getString("status")), engagement(rs.getString("engagement")),
                        rs.getString("lead_office"), Columns.instant(rs, "joined_at"),
                        Columns.instant(rs, "left_at"))))
                .list();
    }

    @Override
    public List<VettingIndex> vettingsOf(Collection<String> partnerIds) {
        if (partnerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT summary FROM vetting_view
                         WHERE partner_id IN (:partnerIds)
                         ORDER BY opened_at, vetting_id""")
                .param("partnerIds", List.copyOf(partnerIds))
                .query((rs, row) -> ReadModelJson.read(rs.getString(1), VettingIndex.class))
                .list();
    }

    private static String where(FindPartners query, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (query.partnerType() != null) {
            conditions.add("p.partner_type = :partnerType");
            params.addValue("partnerType", query.partnerType().name());
        }
        if (query.text() != null) {
            conditions.add("LOWER(p.name) LIKE :text ESCAPE '\\'");
            params.addValue("text", Columns.containing(query.text()));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static PartnerType type(String name) {
        return name == null ? null : PartnerType.valueOf(name);
    }

    private static EngagementLevel engagement(String name) {
        return name == null ? null : EngagementLevel.valueOf(name);
    }
}
