package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.CommitmentAssessment;
import org.partnershipledger.domain.partnership.FunctioningAssessment;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.ReviewId;
import org.partnershipledger.domain.partnership.ReviewProgress;
import org.partnershipledger.domain.partnership.ReviewRecommendation;

import java.time.LocalDate;
import java.util.List;

/**
 * A participatory review of the partnership was recorded (P6) with everything the partners said.
 */
@Revision("1")
public record ReviewRecorded(PartnershipId partnershipId,
                             ReviewId reviewId,
                             LocalDate reviewDate,
                             ReviewProgress progress,
                             FunctioningAssessment functioning,
                             Boolean worthItsCosts,
                             String worthItsCostsNote,
                             List<PartnerId> participants,
                             List<CommitmentAssessment> commitments,
                             ReviewRecommendation recommendation,
                             String summary) {
}
