package org.partnershipledger.domain.partnership.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;

import java.util.Objects;

/** Takes a partner out of a partnership that is not yet agreed (P2). */
public record RemovePartner(@TargetAggregateIdentifier PartnershipId partnershipId, PartnerId partnerId,
                            String reason) {

    public RemovePartner {
        Objects.requireNonNull(partnershipId, "partnershipId is required");
        Objects.requireNonNull(partnerId, "partnerId is required");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required");
        }
    }
}
