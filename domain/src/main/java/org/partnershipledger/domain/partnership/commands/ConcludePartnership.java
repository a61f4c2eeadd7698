package org.partnershipledger.domain.partnership.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.partnership.FinalEvaluation;
import org.partnershipledger.domain.partnership.NextStep;
import org.partnershipledger.domain.partnership.PartnershipId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Concludes an agreed partnership, its objectives met or its duration over (P9) [002 §2–3; 003 Phase 4].
 *
 * @param sustainabilityMeasures the measures chosen to sustain the outcomes
 * @param nextStep               what follows; {@link NextStep#RENEW} starts a new agreement cycle
 */
public record ConcludePartnership(@TargetAggregateIdentifier PartnershipId partnershipId,
                                  FinalEvaluation finalEvaluation,
                                  List<String> sustainabilityMeasures,
                                  NextStep nextStep,
                                  LocalDate concludedOn) {

    public ConcludePartnership {
        Objects.requireNonNull(partnershipId, "partnershipId is required");
        Objects.requireNonNull(nextStep, "nextStep is required");
        Objects.requireNonNull(concludedOn, "concludedOn is required");
        sustainabilityMeasures = sustainabilityMeasures == null ? List.of() : List.copyOf(sustainabilityMeasures);
    }
}
