package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingStatus;

import java.time.LocalDate;

/**
 * A vetting of a partner, as the registry lists it.
 *
 * @param vettingId     the vetting's id
 * @param partnershipId the partnership it was opened for
 * @param tier          the tier vetted at: LIGHT, STANDARD or ENHANCED
 * @param status        OPEN, CLEARED, CLEARED_WITH_CONDITIONS, REJECTED or REOPENED
 * @param decision      the decision that stands, {@code null} while OPEN or REOPENED
 * @param validUntil    the last day a standing clearance is valid, {@code null} otherwise
 */
public record PartnerVettingView(String vettingId, String partnershipId, VettingTier tier, VettingStatus status,
                                 VettingDecision decision, LocalDate validUntil) {
}
