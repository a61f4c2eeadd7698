package org.partnershipledger.adapters.persistence.vetting;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.projections.vetting.VettingIndex;
import org.partnershipledger.projections.vetting.VettingViewStore;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Types;
import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * Keeps vetting views in {@code vetting_view}, on H2 and PostgreSQL alike: the view as a JSON document, its index as
 * columns and a {@code summary} document beside it, and a row per relying partnership in
 * {@code vetting_view_reliance}. Every statement joins the caller's transaction, so view, index and the processor's
 * token commit together.
 */
public class JdbcVettingViewStore implements VettingViewStore {

    private static final String UPDATE = """
            UPDATE vetting_view
               SET version = :version, partner_id = :partnerId, partner_name = :partnerName,
                   partner_type = :partnerType, partner_country = :partnerCountry, partnership_id = :partnershipId,
                   tier = :tier, required_authority = :requiredAuthority, status = :status,
                   awaiting_decision = :awaitingDecision, decided_on = :decidedOn, valid_until = :validUntil,
                   opened_at = :openedAt, last_changed_at = :lastChangedAt, summary = :summary, document = :document
             WHERE vetting_id = :vettingId""";

    private static final String INSERT = """
            INSERT INTO vetting_view (vetting_id, version, partner_id, partner_name, partner_type, partner_country,
                                      partnership_id, tier, required_authority, status, awaiting_decision,
                                      decided_on, valid_until, opened_at, last_changed_at, summary, document)
            VALUES (:vettingId, :version, :partnerId, :partnerName, :partnerType, :partnerCountry, :partnershipId,
                    :tier, :requiredAuthority, :status, :awaitingDecision, :decidedOn, :validUntil, :openedAt,
                    :lastChangedAt, :summary, :document)""";

    private final JdbcClient jdbc;

    public JdbcVettingViewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<VettingView> find(String vettingId) {
        return jdbc.sql("SELECT document FROM vetting_view WHERE vetting_id = ?")
                .param(vettingId)
                .query((rs, row) -> ReadModelJson.read(rs.getString(1), VettingView.class))
                .optional();
    }

    @Override
    public void save(VettingView view, VettingIndex index) {
        MapSqlParameterSource columns = columns(view, index);
        // Update first, insert when absent: portable across H2 and PostgreSQL, and safe because one processor
        // segment owns each vetting.
        if (jdbc.sql(UPDATE).paramSource(columns).update() == 0) {
            jdbc.sql(INSERT).paramSource(columns).update();
        }
        jdbc.sql("DELETE FROM vetting_view_reliance WHERE vetting_id = ?").param(index.vettingId()).update();
        for (String partnershipId : new LinkedHashSet<>(index.reliedOnBy())) {
            jdbc.sql("INSERT INTO vetting_view_reliance (vetting_id, partnership_id) VALUES (?, ?)")
                    .params(index.vettingId(), partnershipId)
                    .update();
        }
    }

    @Override
    public void deleteAll() {
        jdbc.sql("DELETE FROM vetting_view_reliance").update();
        jdbc.sql("DELETE FROM vetting_view").update();
    }

    private static MapSqlParameterSource columns(VettingView view, VettingIndex index) {
        return new MapSqlParameterSource()
                .addValue("vettingId", view.vettingId())
                .addValue("version", view.version())
                .addValue("partnerId", index.partnerId())
                .addValue("partnerName", index.partnerName(), Types.VARCHAR)
                .addValue("partnerType", Columns.name(index.partnerType()), Types.VARCHAR)
                .addValue("partnerCountry", index.partnerCountry(), Types.VARCHAR)
                .addValue("partnershipId", index.partnershipId())
                .addValue("tier", index.tier().name())
                .addValue("requiredAuthority", index.requiredAuthority().name())
                .addValue("status", index.status().name())
                .addValue("awaitingDecision", index.awaitsDecision(), Types.BOOLEAN)
                .addValue("decidedOn", index.decidedOn(), Types.DATE)
                .addValue("validUntil", index.validUntil(), Types.DATE)
                .addValue("openedAt", Columns.utc(view.openedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("lastChangedAt", Columns.utc(view.lastChangedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("summary", ReadModelJson.write(index))
                .addValue("document", ReadModelJson.write(view));
    }
}
