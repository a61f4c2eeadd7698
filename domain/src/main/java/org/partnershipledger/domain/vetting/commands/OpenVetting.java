package org.partnershipledger.domain.vetting.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.VettingId;

import static org.partnershipledger.domain.shared.Shape.required;
import static org.partnershipledger.domain.shared.Shape.requiredText;

/**
 * Opens the due diligence on one partner for one engagement (V1).
 *
 * @param tier                the tier the engagement needs, as {@code TierPolicy} computes it for the partnership
 * @param partnershipProposer who proposed the partnership, who may therefore not decide this vetting (V6)
 * @param openedBy            the officer opening the vetting
 */
public record OpenVetting(@TargetAggregateIdentifier VettingId vettingId,
                          PartnerId partnerId,
                          String partnerName,
                          PartnerType partnerType,
                          String partnerCountry,
                          PartnershipId partnershipId,
                          VettingTier tier,
                          UserId partnershipProposer,
                          UserId openedBy) {

    public OpenVetting {
        required(vettingId, "vettingId");
        required(partnerId, "partnerId");
        requiredText(partnerName, "partnerName");
        required(partnerType, "partnerType");
        requiredText(partnerCountry, "partnerCountry");
        required(partnershipId, "partnershipId");
        required(tier, "tier");
        required(partnershipProposer, "partnershipProposer");
        required(openedBy, "openedBy");
    }
}
