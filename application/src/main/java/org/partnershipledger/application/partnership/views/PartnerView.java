package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerType;

/** A partner as it takes part in one partnership. */
public record PartnerView(String partnerId, String name, PartnerType type, String country,
                          String registrationReference, EngagementLevel engagement) {
}
