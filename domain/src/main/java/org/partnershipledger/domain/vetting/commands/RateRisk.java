package org.partnershipledger.domain.vetting.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.vetting.RiskScore;
import org.partnershipledger.domain.vetting.VettingId;

import static org.partnershipledger.domain.shared.Shape.required;

/** Rates the three risks of partnering [001 rec. 1.2] (V4); a later rating replaces this one. */
public record RateRisk(@TargetAggregateIdentifier VettingId vettingId,
                       RiskScore reputational,
                       RiskScore fiduciary,
                       RiskScore performance,
                       UserId ratedBy) {

    public RateRisk {
        required(vettingId, "vettingId");
        required(reputational, "reputational");
        required(fiduciary, "fiduciary");
        required(performance, "performance");
        required(ratedBy, "ratedBy");
    }
}
