package org.partnershipledger.domain.partnership.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnershipId;

import java.util.Objects;

/** Adds a partner to a partnership that is not yet agreed (P2). */
public record AddPartner(@TargetAggregateIdentifier PartnershipId partnershipId, PartnerProfile partner) {

    public AddPartner {
        Objects.requireNonNull(partnershipId, "partnershipId is required");
        Objects.requireNonNull(partner, "partner is required");
    }
}
