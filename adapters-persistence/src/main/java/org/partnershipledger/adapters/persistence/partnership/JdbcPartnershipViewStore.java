package org.partnershipledger.adapters.persistence.partnership;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.projections.partnership.PartnershipIndex;
import org.partnershipledger.projections.partnership.PartnershipViewStore;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Keeps partnership views in {@code partnership_view}, on H2 and PostgreSQL alike: the view as a JSON document, its
 * index as columns beside it and as rows of {@code partnership_view_partner} and {@code partnership_view_open_action}.
 * Every statement joins the caller's transaction, so view, index and the processor's token commit together.
 */
public class JdbcPartnershipViewStore implements PartnershipViewStore {

    private static final String UPDATE = """
            UPDATE partnership_view
               SET version = :version, title = :title, purpose = :purpose, status = :status, form = :form,
                   lead_office = :leadOffice, proposed_at = :proposedAt, last_changed_at = :lastChangedAt,
                   agreed_on = :agreedOn, next_review_due = :nextReviewDue, corrective_plan_due = :correctivePlanDue,
                   days_to_agreement = :daysToAgreement, discontinuation_reason = :discontinuationReason,
                   withdrawn = :withdrawn, summary = :summary, document = :document
             WHERE partnership_id = :partnershipId""";

    private static final String INSERT = """
            INSERT INTO partnership_view (partnership_id, version, title, purpose, status, form, lead_office,
                                          proposed_at, last_changed_at, agreed_on, next_review_due,
                                          corrective_plan_due, days_to_agreement, discontinuation_reason, withdrawn,
                                          summary, document)
            VALUES (:partnershipId, :version, :title, :purpose, :status, :form, :leadOffice, :proposedAt,
                    :lastChangedAt, :agreedOn, :nextReviewDue, :correctivePlanDue, :daysToAgreement,
                    :discontinuationReason, :withdrawn, :summary, :document)""";

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
    public void save(PartnershipView view, PartnershipIndex index) {
        MapSqlParameterSource columns = columns(view, index);
        // Update first, insert when absent: portable across H2 and PostgreSQL, and safe because one processor
        // segment owns each partnership.
        if (jdbc.sql(UPDATE).paramSource(columns).update() == 0) {
            jdbc.sql(INSERT).paramSource(columns).update();
        }
        replacePartners(index);
        replaceOpenActions(index);
    }

    @Override
    public void deleteAll() {
        jdbc.sql("DELETE FROM partnership_view_open_action").update();
        jdbc.sql("DELETE FROM partnership_view_partner").update();
        jdbc.sql("DELETE FROM partnership_view").update();
    }

    private static MapSqlParameterSource columns(PartnershipView view, PartnershipIndex index) {
        return new MapSqlParameterSource()
                .addValue("partnershipId", view.partnershipId())
                .addValue("version", view.version())
                .addValue("title", view.title())
                .addValue("purpose", view.purpose())
                .addValue("status", view.status().name())
                .addValue("form", view.form().name())
                .addValue("leadOffice", view.leadOffice())
                .addValue("proposedAt", utc(view.proposedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("lastChangedAt", utc(view.lastChangedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("agreedOn", index.summary().agreedOn(), Types.DATE)
                .addValue("nextReviewDue", index.summary().nextReviewDue(), Types.DATE)
                .addValue("correctivePlanDue", index.correctivePlanDue(), Types.DATE)
                .addValue("daysToAgreement", index.daysFromProposalToAgreement(), Types.INTEGER)
                .addValue("discontinuationReason",
                        index.discontinuationReason() == null ? null : index.discontinuationReason().name(),
                        Types.VARCHAR)
                .addValue("withdrawn", index.withdrawn(), Types.BOOLEAN)
                .addValue("summary", ReadModelJson.write(index.summary()))
                .addValue("document", ReadModelJson.write(view));
    }

    private void replacePartners(PartnershipIndex index) {
        jdbc.sql("DELETE FROM partnership_view_partner WHERE partnership_id = ?").param(index.partnershipId())
                .update();
        for (PartnershipIndex.Partner partner : index.partners()) {
            jdbc.sql("""
                            INSERT INTO partnership_view_partner (partnership_id, partner_id, name, partner_type)
                            VALUES (?, ?, ?, ?)""")
                    .params(index.partnershipId(), partner.partnerId(), partner.name(), partner.type().name())
                    .update();
        }
    }

    private void replaceOpenActions(PartnershipIndex index) {
        jdbc.sql("DELETE FROM partnership_view_open_action WHERE partnership_id = ?").param(index.partnershipId())
                .update();
        for (PartnershipIndex.OpenAction action : index.openActions()) {
            jdbc.sql("""
                            INSERT INTO partnership_view_open_action (partnership_id, action_id, description,
                                                                      responsible_partner_id, responsible, due_date)
                            VALUES (:partnershipId, :actionId, :description, :responsiblePartnerId, :responsible,
                                    :dueDate)""")
                    .paramSource(new MapSqlParameterSource()
                            .addValue("partnershipId", index.partnershipId())
                            .addValue("actionId", action.actionId())
                            .addValue("description", action.description())
                            .addValue("responsiblePartnerId", action.responsiblePartnerId(), Types.VARCHAR)
                            .addValue("responsible", action.responsible())
                            .addValue("dueDate", action.dueDate(), Types.DATE))
                    .update();
        }
    }

    private static Object utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
