package org.partnershipledger.projections.vetting;

import org.partnershipledger.domain.partnership.PartnerType;

/** Who a partner is, as the registry names it. */
public record PartnerIdentity(String partnerId, String name, PartnerType type, String country,
                              String registrationReference) {
}
