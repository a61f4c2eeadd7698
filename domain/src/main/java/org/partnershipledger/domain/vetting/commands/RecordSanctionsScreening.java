package org.partnershipledger.domain.vetting.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.vetting.ScreeningResult;
import org.partnershipledger.domain.vetting.VettingId;

import static org.partnershipledger.domain.shared.Shape.required;
import static org.partnershipledger.domain.shared.Shape.requiredText;

/**
 * Records what screening the partner against a sanctions list found (V3); it supersedes any earlier screening of
 * this vetting. The result must say which list and edition were searched, so that an auditor can repeat it.
 */
public record RecordSanctionsScreening(@TargetAggregateIdentifier VettingId vettingId, ScreeningResult result) {

    public RecordSanctionsScreening {
        required(vettingId, "vettingId");
        required(result, "result");
        requiredText(result.listName(), "result.listName");
        requiredText(result.listVersion(), "result.listVersion");
        required(result.screenedAt(), "result.screenedAt");
    }
}
