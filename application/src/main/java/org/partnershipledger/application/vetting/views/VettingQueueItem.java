package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.RiskBand;
import org.partnershipledger.domain.vetting.VettingStatus;

import java.time.Instant;

/**
 * One line of the vetting queue: enough for an officer or approver to pick the next vetting to work on.
 *
 * @param ageDays            whole days from the day it opened to the day the queue was asked for
 * @param criteriaAssessed   how many of the required criteria stand assessed
 * @param riskBand           the band of the standing risk rating, {@code null} while none stands
 * @param screened           whether a sanctions screening stands
 * @param undismissedMatches the matches of the standing screening not dismissed as false positives
 */
public record VettingQueueItem(String vettingId,
                               String partnerId,
                               String partnerName,
                               PartnerType partnerType,
                               String partnershipId,
                               VettingTier tier,
                               RequiredAuthority requiredAuthority,
                               VettingStatus status,
                               Instant openedAt,
                               long ageDays,
                               int criteriaAssessed,
                               int criteriaRequired,
                               RiskBand riskBand,
                               boolean screened,
                               int undismissedMatches) {
}
