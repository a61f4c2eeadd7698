package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnershipStatus;

import java.time.Instant;

/**
 * A partnership a partner takes or took part in, as the registry lists it.
 *
 * @param joinedAt when the partner became part of it: the proposal, or the later joining
 * @param leftAt   when the partner left before agreement, {@code null} while it takes part
 */
public record PartnerPartnershipView(String partnershipId, String title, PartnershipStatus status,
                                     EngagementLevel engagement, String leadOffice, Instant joinedAt,
                                     Instant leftAt) {
}
