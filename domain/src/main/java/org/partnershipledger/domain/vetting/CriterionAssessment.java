package org.partnershipledger.domain.vetting;

import org.partnershipledger.domain.shared.UserId;

/**
 * The standing assessment of one criterion: the latest one recorded replaces earlier ones (V2).
 *
 * @param condition the condition of a {@link AssessmentResult#MITIGATED} result, {@code null} otherwise
 */
public record CriterionAssessment(Criterion criterion, AssessmentResult result, String condition, String evidence,
                                  UserId assessedBy) {
}
