package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.vetting.AssessmentResult;

import java.time.Instant;

/**
 * How a criterion was assessed, by whom and on what evidence (V2).
 *
 * @param condition      the condition of a MITIGATED result, {@code null} otherwise
 * @param previousResult the result this assessment replaced, {@code null} for the first
 */
public record AssessmentView(AssessmentResult result, String condition, String evidence, String assessedBy,
                             Instant assessedAt, AssessmentResult previousResult) {
}
