package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnershipStatus;

import java.time.Instant;

/**
 * A partnership a partner takes or took part in, as the registry lists it.
 *
 * @param partnershipId the partnership's id
 * @param title         the partnership's title
 * @param status        where the partnership stands: PROPOSED, VETTED, AGREED, UNDER_CORRECTION, DISCONTINUED or
 *                      CONCLUDED
 * @param engagement    how far the partner takes part in its decisions: ACTIVE, PILOT or ADVISORY
 * @param leadOffice    the office that leads the partnership
 * @param joinedAt      when the partner became part of it: the proposal, or the later joining
 * @param leftAt        when the partner left before agreement, {@code null} while it takes part
 */
public record PartnerPartnershipView(String partnershipId, String title, PartnershipStatus status,
                                     EngagementLevel engagement, String leadOffice, Instant joinedAt,
                                     Instant leftAt) {
}
