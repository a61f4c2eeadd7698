package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerType;

import java.time.Instant;

/**
 * A partner as it takes part in one partnership, with the latest word of due diligence on it, so that an officer sees
 * at a glance which partner still blocks the agreement (P3).
 *
 * @param vetting  the latest vetting outcome recorded for the partner in this partnership, {@code null} before any
 * @param joinedAt when the partner became part of the partnership: the proposal, or the later joining (P2)
 * @param leftAt   when the partner left, {@code null} for a current partner
 */
public record PartnerView(String partnerId, String name, PartnerType type, String country,
                          String registrationReference, EngagementLevel engagement,
                          VettingView vetting, Instant joinedAt, Instant leftAt, String leftReason) {
}
