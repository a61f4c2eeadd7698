package org.partnershipledger.adapters.rest.partnership;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.application.partnership.queries.FindPartnershipStatistics;
import org.partnershipledger.application.partnership.queries.FindReviewCalendar;
import org.partnershipledger.application.partnership.views.PartnershipStatistics;
import org.partnershipledger.application.partnership.views.ReviewCalendar;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What officers plan their work from: the review calendar and the portfolio's statistics. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
public class PortfolioReportsController {

    private final QueryGateway queries;

    public PortfolioReportsController(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * Reviews due in the next 30 days, overdue reviews, overdue corrective actions and plans, as of today.
     *
     * @param leadOffice only partnerships led by this office, by its code such as CO-SEN; all when absent
     */
    @GetMapping("/review-calendar")
    public ReviewCalendar reviewCalendar(@RequestParam(required = false) String leadOffice) {
        return queries.query(new FindReviewCalendar(leadOffice), ResponseTypes.instanceOf(ReviewCalendar.class)).join();
    }

    /** Counts per stage, median days from proposal to agreement, and why partnerships ended. */
    @GetMapping("/partnership-statistics")
    public PartnershipStatistics statistics() {
        return queries.query(new FindPartnershipStatistics(), ResponseTypes.instanceOf(PartnershipStatistics.class))
                .join();
    }
}
