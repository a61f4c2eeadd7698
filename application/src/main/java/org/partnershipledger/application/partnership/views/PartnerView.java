package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerType;

import java.time.Instant;

/**
 * A partner as it takes part in one partnership, with the latest word of due diligence on it, so that an officer sees
 * at a glance which partner still blocks the agreement (P3).
 *
 * @param partnerId             the partner's id, the same in every partnership it takes part in
 * @param name                  the organization's name
 * @param type                  the kind of organization: CSO, CORPORATE, FOUNDATION, KNOWLEDGE, MEDIA, GPP, UN_ENTITY
 *                              or OTHER
 * @param country               the ISO 3166-1 alpha-2 code of the country where it is registered
 * @param registrationReference its registration number, or null
 * @param engagement            how far it takes part in decisions: ACTIVE, PILOT or ADVISORY
 * @param vetting               the latest vetting outcome recorded for the partner in this partnership, {@code null}
 *                              before any
 * @param joinedAt              when the partner became part of the partnership: the proposal, or the later joining (P2)
 * @param leftAt                when the partner left, {@code null} for a current partner
 * @param leftReason            why it left, null for a current partner
 */
public record PartnerView(String partnerId, String name, PartnerType type, String country,
                          String registrationReference, EngagementLevel engagement,
                          VettingOutcomeView vetting, Instant joinedAt, Instant leftAt, String leftReason) {
}
