package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.partnership.PartnerType;

/**
 * The partner a vetting is about, as it was named when the vetting opened.
 *
 * @param partnerId the partner's id
 * @param name      the name it was screened under
 * @param type      the kind of organization: CSO, CORPORATE, FOUNDATION, KNOWLEDGE, MEDIA, GPP, UN_ENTITY or OTHER
 * @param country   the ISO 3166-1 alpha-2 code of the country where it is registered
 */
public record VettingPartnerView(String partnerId, String name, PartnerType type, String country) {
}
