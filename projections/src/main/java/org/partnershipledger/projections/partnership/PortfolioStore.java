package org.partnershipledger.projections.partnership;

import org.partnershipledger.application.partnership.queries.FindPortfolio;
import org.partnershipledger.application.partnership.views.PartnershipSummary;
import org.partnershipledger.domain.partnership.PartnershipStatus;

import java.util.List;
import java.util.Map;

/**
 * The portfolio side of the partnership store: filtering, sorting and paging over the {@link PartnershipIndex} kept
 * beside each view. Filters mean what {@link FindPortfolio} says they mean.
 */
public interface PortfolioStore {

    /** How many partnerships that pass the query's filters are in each status; a status with none may be absent. */
    Map<PartnershipStatus, Long> countByStatus(FindPortfolio query);

    /** The summaries on the query's page, in the query's order. */
    List<PartnershipSummary> page(FindPortfolio query);
}
