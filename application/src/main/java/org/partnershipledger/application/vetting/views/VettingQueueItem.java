package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.RiskBand;
import org.partnershipledger.domain.vetting.VettingStatus;

import java.time.Instant;

/**
 * One line of the vetting queue: enough for an officer or approver to pick the next vetting to work on.
 *
 * @param vettingId          the vetting's id
 * @param partnerId          the partner vetted
 * @param partnerName        the partner's name as it was screened
 * @param partnerType        the kind of organization: CSO, CORPORATE, FOUNDATION, KNOWLEDGE, MEDIA, GPP, UN_ENTITY or
 *                           OTHER
 * @param partnershipId      the partnership the vetting was opened for
 * @param tier               how deep the due diligence goes: LIGHT, STANDARD or ENHANCED (V1)
 * @param requiredAuthority  who may decide it (V5): COUNTRY_OFFICE_APPROVER, REGIONAL_OFFICE_APPROVER or
 *                           HQ_DUE_DILIGENCE_COMMITTEE
 * @param status             OPEN or REOPENED while it waits for a decision; CLEARED, CLEARED_WITH_CONDITIONS or
 *                           REJECTED with includeDecided
 * @param openedAt           when the vetting was opened (ISO 8601 instant)
 * @param ageDays            whole days from the day it opened to the day the queue was asked for
 * @param criteriaAssessed   how many of the required criteria stand assessed
 * @param criteriaRequired   how many criteria its tier requires (V2)
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
