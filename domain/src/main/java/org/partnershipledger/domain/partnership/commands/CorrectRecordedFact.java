package org.partnershipledger.domain.partnership.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.RecordedFact;

import java.util.Objects;

/**
 * Corrects a descriptive fact that was recorded wrongly (P11), naming the value it corrects; history is never edited.
 *
 * @param targetId the partner id or review id the fact belongs to, when {@link RecordedFact#target()} needs one
 * @param oldValue the value as currently recorded, {@code null} when none is
 */
public record CorrectRecordedFact(@TargetAggregateIdentifier PartnershipId partnershipId,
                                  RecordedFact fact,
                                  String targetId,
                                  String oldValue,
                                  String newValue,
                                  String reason) {

    public CorrectRecordedFact {
        Objects.requireNonNull(partnershipId, "partnershipId is required");
        Objects.requireNonNull(fact, "fact is required");
        boolean hasTarget = targetId != null && !targetId.isBlank();
        if (fact.target() != RecordedFact.Target.NONE && !hasTarget) {
            throw new IllegalArgumentException("targetId is required for " + fact + ": the "
                    + fact.target().name().toLowerCase() + " id");
        }
        if (fact.target() == RecordedFact.Target.NONE && hasTarget) {
            throw new IllegalArgumentException("targetId is not used for " + fact);
        }
        if (newValue == null || newValue.isBlank()) {
            throw new IllegalArgumentException("newValue is required");
        }
    }
}
