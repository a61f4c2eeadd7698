package org.partnershipledger.adapters.rest.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.commands.AddPartner;

import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * A partner taking part: an entry of a proposal's {@code partners}, and the body of
 * {@code POST /api/partnerships/{id}/partners}.
 *
 * @param partnerId an existing partner's id; a new partner gets one when omitted
 * @param name                  the organization's name as it is registered, at most 300 characters
 * @param type                  the kind of organization: CSO a civil society organization (NGO, community, faith-based,
 *                              youth or women's group), CORPORATE a company, FOUNDATION, KNOWLEDGE a university or
 *                              think tank, MEDIA, GPP a global programme partnership, UN_ENTITY, OTHER; with the
 *                              engagement it decides the vetting tier (V1)
 * @param country               the ISO 3166-1 alpha-2 code of the country where it is registered, e.g. SN
 * @param registrationReference its registration number with the authority that registered it, optional
 * @param engagement            how far it takes part in decisions: ACTIVE decides (at most 6 per partnership, P2),
 *                              PILOT or ADVISORY
 */
public record PartnerRequest(@Pattern(regexp = ClientIds.PATTERN, message = ClientIds.MESSAGE) String partnerId,
                             @NotBlank @Size(max = 300) String name,
                             @NotNull PartnerType type,
                             @NotBlank @Size(min = 2, max = 2) String country,
                             @Size(max = 100) String registrationReference,
                             @NotNull EngagementLevel engagement) {

    public PartnerProfile toProfile() {
        return convert(() -> new PartnerProfile(new PartnerId(ClientIds.orNew(partnerId)), name.strip(), type, country,
                registrationReference, engagement));
    }

    public AddPartner toCommand(String partnershipId) {
        return convert(() -> new AddPartner(new PartnershipId(partnershipId), toProfile()));
    }
}
