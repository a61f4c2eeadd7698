package org.partnershipledger.domain.partnership.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.partnership.PartnershipId;

import java.time.LocalDate;
import java.util.Objects;

/** Withdraws a proposal before any agreement is concluded (P8). */
public record WithdrawProposal(@TargetAggregateIdentifier PartnershipId partnershipId, String reason,
                               LocalDate withdrawnOn) {

    public WithdrawProposal {
        Objects.requireNonNull(partnershipId, "partnershipId is required");
        Objects.requireNonNull(withdrawnOn, "withdrawnOn is required");
    }
}
