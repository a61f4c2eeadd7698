package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.PartnershipStatus;

import java.util.Map;

/**
 * The portfolio in numbers [000 §58–60]: how many partnerships are at each stage, how long agreement takes, and why
 * partnerships end early.
 *
 * @param countsByStatus                     every status, with 0 when no partnership is in it
 * @param medianDaysFromProposalToAgreement  the median of the days from each proposal to its first agreement's signing
 *                                           date; {@code null} when no partnership was ever agreed
 * @param discontinuationReasons             every reason (P8), with 0 when none ended for it
 * @param withdrawnProposals                 proposals withdrawn before agreement, counted apart from the reasons
 */
public record PartnershipStatistics(Map<PartnershipStatus, Long> countsByStatus,
                                    Double medianDaysFromProposalToAgreement,
                                    Map<DiscontinuationReason, Long> discontinuationReasons,
                                    long withdrawnProposals) {

    public PartnershipStatistics {
        countsByStatus = ViewCollections.countsOf(PartnershipStatus.class, countsByStatus);
        discontinuationReasons = ViewCollections.countsOf(DiscontinuationReason.class, discontinuationReasons);
    }
}
