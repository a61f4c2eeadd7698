package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.partnership.PartnerType;

import java.util.List;

/**
 * A partner of the registry with all its engagement, so that every officer sees every partnership and vetting of
 * the partner (DOMAIN.md, partner registry).
 *
 * @param partnerId             the partner's id
 * @param name                  the partner's name as last recorded by a partnership (record corrections included), or
 *                              as its latest vetting was opened with while no partnership names it
 * @param type                  the kind of organization: CSO, CORPORATE, FOUNDATION, KNOWLEDGE, MEDIA, GPP, UN_ENTITY
 *                              or OTHER
 * @param country               the ISO 3166-1 alpha-2 code of the country where it is registered
 * @param registrationReference its registration number, or null
 * @param partnerships          every partnership the partner takes or took part in, a partner that left included
 * @param vettings              every vetting of the partner, oldest first
 * @param currentClearance      the best clearance valid today (highest tier, then without conditions, then the longest
 *                              valid), {@code null} when the partner holds none
 */
public record PartnerRecord(String partnerId,
                            String name,
                            PartnerType type,
                            String country,
                            String registrationReference,
                            List<PartnerPartnershipView> partnerships,
                            List<PartnerVettingView> vettings,
                            ReusableClearance currentClearance) {

    public PartnerRecord {
        partnerships = ViewCollections.listOf(partnerships);
        vettings = ViewCollections.listOf(vettings);
    }
}
