package org.partnershipledger.domain.vetting.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.vetting.AssessmentResult;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.VettingId;

/**
 * A criterion was assessed (V2). The assessor is payload because four eyes (V6) bars them from deciding.
 *
 * @param condition      the condition of a MITIGATED result, {@code null} otherwise
 * @param previousResult the result this assessment replaces, {@code null} for the first assessment
 */
@Revision("1")
public record CriterionAssessed(VettingId vettingId,
                                Criterion criterion,
                                AssessmentResult result,
                                String condition,
                                String evidence,
                                UserId assessedBy,
                                AssessmentResult previousResult) {
}
