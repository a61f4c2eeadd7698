package org.partnershipledger.domain.vetting.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.vetting.ReopeningReason;
import org.partnershipledger.domain.vetting.VettingId;

import static org.partnershipledger.domain.shared.Shape.required;

/**
 * Reopens a decided vetting on new information (V8).
 *
 * @param information what came to light (required)
 */
public record ReopenVetting(@TargetAggregateIdentifier VettingId vettingId,
                            ReopeningReason reason,
                            String information,
                            UserId reopenedBy) {

    public ReopenVetting {
        required(vettingId, "vettingId");
        required(reason, "reason");
        required(reopenedBy, "reopenedBy");
    }
}
