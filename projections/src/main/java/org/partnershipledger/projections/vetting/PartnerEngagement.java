package org.partnershipledger.projections.vetting;

import org.partnershipledger.application.vetting.views.PartnerPartnershipView;

/** One partnership of one partner, as a registry store finds it. */
public record PartnerEngagement(String partnerId, PartnerPartnershipView partnership) {
}
