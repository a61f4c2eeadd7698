package org.partnershipledger.projections.partnership;

import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.application.partnership.queries.FindPartnershipStatistics;
import org.partnershipledger.application.partnership.views.PartnershipStatistics;

import java.util.Objects;
import java.util.OptionalDouble;

/** Answers the portfolio statistics [000 §58–60] from the index {@link PartnershipViewProjection} keeps. */
public class PartnershipStatisticsProjection {

    private final PartnershipStatisticsStore store;

    public PartnershipStatisticsProjection(PartnershipStatisticsStore store) {
        this.store = Objects.requireNonNull(store);
    }

    @QueryHandler
    PartnershipStatistics handle(FindPartnershipStatistics query) {
        OptionalDouble median = store.medianDaysFromProposalToAgreement();
        return new PartnershipStatistics(store.countByStatus(), median.isPresent() ? median.getAsDouble() : null,
                store.countByDiscontinuationReason(), store.countWithdrawnProposals());
    }
}
