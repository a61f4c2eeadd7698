package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.shared.Money;

/**
 * What one partner brings to an agreement and what it answers for (P4).
 *
 * @param partnerId        the partner contributing
 * @param financial        the funds it brings, or null
 * @param inKind           what it brings other than funds, or null
 * @param role             its role in the partnership
 * @param responsibilities what it answers for, or null for a collaborative relationship
 */
public record ContributionView(String partnerId, Money financial, String inKind, String role,
                               String responsibilities) {
}
