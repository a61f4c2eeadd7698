package org.partnershipledger.adapters.persistence.partnership;

import org.partnershipledger.application.partnership.views.OverdueActionView;
import org.partnershipledger.application.partnership.views.OverduePlanView;
import org.partnershipledger.application.partnership.views.ReviewDueView;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.projections.partnership.ReviewCalendarStore;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/**
 * Date-range queries over the indexed dates of {@code partnership_view} (next review due, corrective plan due) and
 * over {@code partnership_view_open_action}; each date column is indexed, so the calendar reads only what is due.
 */
public class JdbcReviewCalendarStore implements ReviewCalendarStore {

    private final JdbcClient jdbc;

    public JdbcReviewCalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReviewDueView> reviewsDueBetween(LocalDate first, LocalDate last, String leadOffice) {
        return reviewsDue("v.next_review_due BETWEEN :first AND :last", leadOffice,
                params(leadOffice).addValue("first", first, Types.DATE).addValue("last", last, Types.DATE));
    }

    @Override
    public List<ReviewDueView> reviewsDueBefore(LocalDate day, String leadOffice) {
        return reviewsDue("v.next_review_due < :day", leadOffice, params(leadOffice).addValue("day", day, Types.DATE));
    }

    private List<ReviewDueView> reviewsDue(String when, String leadOffice, MapSqlParameterSource params) {
        return jdbc.sql("SELECT v.partnership_id, v.title, v.lead_office, v.status, v.next_review_due"
                        + " FROM partnership_view v WHERE " + when + inOffice(leadOffice)
                        + " ORDER BY v.next_review_due, LOWER(v.title), v.partnership_id")
                .paramSource(params)
                .query((rs, row) -> new ReviewDueView(rs.getString(1), rs.getString(2), rs.getString(3),
                        PartnershipStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class)))
                .list();
    }

    @Override
    public List<OverdueActionView> openActionsDueBefore(LocalDate day, String leadOffice) {
        return jdbc.sql("""
                        SELECT v.partnership_id, v.title, v.lead_office, a.action_id, a.description,
                               a.responsible_partner_id, a.responsible, a.due_date
                          FROM partnership_view_open_action a
                          JOIN partnership_view v ON v.partnership_id = a.partnership_id
                         WHERE a.due_date < :day""" + inOffice(leadOffice)
                        + " ORDER BY a.due_date, LOWER(v.title), v.partnership_id, a.action_id")
                .paramSource(params(leadOffice).addValue("day", day, Types.DATE))
                .query((rs, row) -> new OverdueActionView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, LocalDate.class)))
                .list();
    }

    @Override
    public List<OverduePlanView> correctivePlansDueBefore(LocalDate day, String leadOffice) {
        return jdbc.sql("SELECT v.partnership_id, v.title, v.lead_office, v.corrective_plan_due"
                        + " FROM partnership_view v WHERE v.corrective_plan_due < :day" + inOffice(leadOffice)
                        + " ORDER BY v.corrective_plan_due, LOWER(v.title), v.partnership_id")
                .paramSource(params(leadOffice).addValue("day", day, Types.DATE))
                .query((rs, row) -> new OverduePlanView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** The office filter is left out of the SQL when there is none, so that the plan can use the date index. */
    private static String inOffice(String leadOffice) {
        return leadOffice == null ? "" : " AND v.lead_office = :office";
    }

    private static MapSqlParameterSource params(String leadOffice) {
        return new MapSqlParameterSource().addValue("office", leadOffice, Types.VARCHAR);
    }
}
