package org.partnershipledger.adapters.rest.vetting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipledger.application.identity.Actor;
import org.partnershipledger.domain.vetting.AssessmentResult;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.VettingId;
import org.partnershipledger.domain.vetting.commands.AssessCriterion;

import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/vettings/{id}/assessments}: one criterion assessed (V2). Evidence, and the condition
 * of a MITIGATED result, are V2's to require, and it names what is missing.
 */
public record AssessCriterionRequest(@NotNull Criterion criterion,
                                     @NotNull AssessmentResult result,
                                     @Size(max = 2000) String condition,
                                     @Size(max = 10000) String evidence) {

    AssessCriterion toCommand(String vettingId, Actor assessor) {
        return convert(() -> new AssessCriterion(new VettingId(vettingId), criterion, result, strip(condition),
                strip(evidence), assessor.userId()));
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
