package org.partnershipledger.domain.vetting.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.vetting.AssessmentResult;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.VettingId;

import static org.partnershipledger.domain.shared.Shape.required;

/**
 * Assesses one criterion of the vetting's tier (V2); a later assessment of the same criterion replaces this one.
 *
 * @param condition the condition under which a {@link AssessmentResult#MITIGATED} result is acceptable; only then
 * @param evidence  what the assessment rests on
 */
public record AssessCriterion(@TargetAggregateIdentifier VettingId vettingId,
                              Criterion criterion,
                              AssessmentResult result,
                              String condition,
                              String evidence,
                              UserId assessedBy) {

    public AssessCriterion {
        required(vettingId, "vettingId");
        required(criterion, "criterion");
        required(result, "result");
        required(assessedBy, "assessedBy");
    }
}
