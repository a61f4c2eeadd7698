package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.shared.Money;

/** What one partner brings to an agreement and what it answers for (P4). */
public record ContributionView(String partnerId, Money financial, String inKind, String role,
                               String responsibilities) {
}
