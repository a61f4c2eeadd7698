package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.vetting.AssessmentResult;

import java.time.Instant;

/**
 * How a criterion was assessed, by whom and on what evidence (V2).
 *
 * @param result         MET, NOT_MET or MITIGATED (acceptable under the condition)
 * @param condition      the condition of a MITIGATED result, {@code null} otherwise
 * @param evidence       what the assessment rests on
 * @param assessedBy     the user id of the assessor, who may not decide the vetting (V6)
 * @param assessedAt     when it was assessed (ISO 8601 instant)
 * @param previousResult the result this assessment replaced, {@code null} for the first
 */
public record AssessmentView(AssessmentResult result, String condition, String evidence, String assessedBy,
                             Instant assessedAt, AssessmentResult previousResult) {
}
