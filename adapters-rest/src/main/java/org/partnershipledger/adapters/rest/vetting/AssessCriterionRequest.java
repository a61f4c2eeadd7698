package org.partnershipledger.adapters.rest.vetting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipledger.application.identity.Actor;
import org.partnershipledger.domain.vetting.AssessmentResult;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.VettingId;
import org.partnershipledger.domain.vetting.commands.AssessCriterion;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/vettings/{id}/assessments}: one criterion assessed (V2). Evidence, and the condition
 * of a MITIGATED result, are V2's to require, and it names what is missing.
 *
 * @param criterion the criterion of the vetting's tier assessed: SANCTIONS, HUMAN_RIGHTS and CORE_VALUES at every tier,
 *                  GOVERNANCE and CAPACITY from STANDARD, REPUTATION, INDUSTRY_EXCLUSION and CONFLICT_OF_INTEREST at
 *                  ENHANCED (V2)
 * @param result    MET, NOT_MET (for SANCTIONS or HUMAN_RIGHTS it forces rejection, V3) or MITIGATED, acceptable under
 *                  a condition
 * @param condition the condition under which a MITIGATED result is acceptable, carried by the clearance: only, and
 *                  always, for MITIGATED (V2)
 * @param evidence  what the assessment rests on, at most 10000 characters; required by V2
 */
public record AssessCriterionRequest(@NotNull Criterion criterion,
                                     @NotNull AssessmentResult result,
                                     @Size(max = 2000) String condition,
                                     @Schema(requiredMode = REQUIRED) @Size(max = 10000) String evidence) {

    AssessCriterion toCommand(String vettingId, Actor assessor) {
        return convert(() -> new AssessCriterion(new VettingId(vettingId), criterion, result, strip(condition),
                strip(evidence), assessor.userId()));
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
