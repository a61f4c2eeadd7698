package org.partnershipledger.adapters.persistence.vetting;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.projections.vetting.PartnerEngagementStore;
import org.partnershipledger.projections.vetting.RegistryPartnership;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Types;
import java.util.Optional;

/**
 * Keeps what the partner registry knows of each partnership: the document in {@code partner_registry_partnership}
 * and a row per participant in {@code partner_registry_engagement}, which {@link JdbcPartnerRegistryStore} reads.
 * Every statement joins the caller's transaction.
 */
public class JdbcPartnerEngagementStore implements PartnerEngagementStore {

    private final JdbcClient jdbc;

    public JdbcPartnerEngagementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RegistryPartnership> find(String partnershipId) {
        return jdbc.sql("SELECT document FROM partner_registry_partnership WHERE partnership_id = ?")
                .param(partnershipId)
                .query((rs, row) -> ReadModelJson.read(rs.getString(1), RegistryPartnership.class))
                .optional();
    }

    @Override
    public void save(RegistryPartnership partnership) {
        MapSqlParameterSource document = new MapSqlParameterSource()
                .addValue("partnershipId", partnership.partnershipId())
                .addValue("version", partnership.version())
                .addValue("document", ReadModelJson.write(partnership));
        // Update first, insert when absent: one processor segment owns each partnership.
        if (jdbc.sql("""
                        UPDATE partner_registry_partnership SET version = :version, document = :document
                         WHERE partnership_id = :partnershipId""").paramSource(document).update() == 0) {
            jdbc.sql("""
                    INSERT INTO partner_registry_partnership (partnership_id, version, document)
                    VALUES (:partnershipId, :version, :document)""").paramSource(document).update();
        }
        jdbc.sql("DELETE FROM partner_registry_engagement WHERE partnership_id = ?")
                .param(partnership.partnershipId()).update();
        for (RegistryPartnership.Participant p : partnership.participants()) {
            jdbc.sql("""
                            INSERT INTO partner_registry_engagement (partnership_id, partner_id, name, partner_type,
                                                                     country, registration_reference, identified_at,
                                                                     title, status, lead_office, engagement,
                                                                     joined_at, left_at)
                            VALUES (:partnershipId, :partnerId, :name, :partnerType, :country,
                                    :registrationReference, :identifiedAt, :title, :status, :leadOffice,
                                    :engagement, :joinedAt, :leftAt)""")
                    .paramSource(new MapSqlParameterSource()
                            .addValue("partnershipId", partnership.partnershipId())
                            .addValue("partnerId", p.partnerId())
                            .addValue("name", p.name(), Types.VARCHAR)
                            .addValue("partnerType", Columns.name(p.type()), Types.VARCHAR)
                            .addValue("country", p.country(), Types.VARCHAR)
                            .addValue("registrationReference", p.registrationReference(), Types.VARCHAR)
                            .addValue("identifiedAt", Columns.utc(p.identifiedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                            .addValue("title", partnership.title(), Types.VARCHAR)
                            .addValue("status", partnership.status().name())
                            .addValue("leadOffice", partnership.leadOffice(), Types.VARCHAR)
                            .addValue("engagement", Columns.name(p.engagement()), Types.VARCHAR)
                            .addValue("joinedAt", Columns.utc(p.joinedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                            .addValue("leftAt", Columns.utc(p.leftAt()), Types.TIMESTAMP_WITH_TIMEZONE))
                    .update();
        }
    }

    @Override
    public void deleteAll() {
        jdbc.sql("DELETE FROM partner_registry_engagement").update();
        jdbc.sql("DELETE FROM partner_registry_partnership").update();
    }
}
