package org.partnershipledger.adapters.persistence.partnership;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.projections.partnership.PartnershipViewStore;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.util.Optional;

/** Keeps partnership views in {@code partnership_view}, on H2 and PostgreSQL alike. */
public class JdbcPartnershipViewStore implements PartnershipViewStore {

    private final JdbcClient jdbc;

    public JdbcPartnershipViewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PartnershipView> find(String partnershipId) {
        return jdbc.sql("SELECT document FROM partnership_view WHERE partnership_id = ?")
                .param(partnershipId)
                .query((rs, row) -> ReadModelJson.read(rs.getString(1), PartnershipView.class))
                .optional();
    }

    @Override
    public void save(PartnershipView view) {
        // Update first, insert when absent: portable across H2 and PostgreSQL, and safe because one processor
        // segment owns each partnership.
        int updated = jdbc.sql("""
                        UPDATE partnership_view
                           SET version = ?, title = ?, status = ?, form = ?, lead_office = ?, proposed_at = ?,
                               last_changed_at = ?, document = ?
                         WHERE partnership_id = ?""")
                .params(view.version(), view.title(), view.status().name(), view.form().name(), view.leadOffice(),
                        Timestamp.from(view.proposedAt()), Timestamp.from(view.lastChangedAt()),
                        ReadModelJson.write(view), view.partnershipId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO partnership_view (partnership_id, version, title, status, form, lead_office,
                                                          proposed_at, last_changed_at, document)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(view.partnershipId(), view.version(), view.title(), view.status().name(),
                            view.form().name(), view.leadOffice(), Timestamp.from(view.proposedAt()),
                            Timestamp.from(view.lastChangedAt()), ReadModelJson.write(view))
                    .update();
        }
    }
}
