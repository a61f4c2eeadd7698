package org.partnershipledger.projections.partnership;

import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.PartnershipStatus;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * The statistics side of the partnership store: aggregates over the {@link PartnershipIndex} kept beside each view,
 * computed where the rows are so that no caller loads the whole portfolio to count it. A key with no partnership may
 * be absent from a map.
 */
public interface PartnershipStatisticsStore {

    Map<PartnershipStatus, Long> countByStatus();

    /** The median of {@link PartnershipIndex#daysFromProposalToAgreement()}, empty when no partnership has one. */
    OptionalDouble medianDaysFromProposalToAgreement();

    Map<DiscontinuationReason, Long> countByDiscontinuationReason();

    long countWithdrawnProposals();
}
