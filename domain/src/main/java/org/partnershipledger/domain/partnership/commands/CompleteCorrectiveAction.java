package org.partnershipledger.domain.partnership.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.partnership.CorrectiveActionId;
import org.partnershipledger.domain.partnership.PartnershipId;

import java.time.LocalDate;
import java.util.Objects;

/** Records that an action of the open corrective action plan is done (P7). */
public record CompleteCorrectiveAction(@TargetAggregateIdentifier PartnershipId partnershipId,
                                       CorrectiveActionId actionId,
                                       LocalDate completedOn,
                                       String completionNote) {

    public CompleteCorrectiveAction {
        Objects.requireNonNull(partnershipId, "partnershipId is required");
        Objects.requireNonNull(actionId, "actionId is required");
        Objects.requireNonNull(completedOn, "completedOn is required");
        if (completionNote == null || completionNote.isBlank()) {
            throw new IllegalArgumentException("completionNote is required");
        }
    }
}
