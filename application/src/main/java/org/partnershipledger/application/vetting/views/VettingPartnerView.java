package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.partnership.PartnerType;

/** The partner a vetting is about, as it was named when the vetting opened. */
public record VettingPartnerView(String partnerId, String name, PartnerType type, String country) {
}
