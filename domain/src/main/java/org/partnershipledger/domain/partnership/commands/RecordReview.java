package org.partnershipledger.domain.partnership.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.partnership.CommitmentAssessment;
import org.partnershipledger.domain.partnership.FunctioningAssessment;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.ReviewId;
import org.partnershipledger.domain.partnership.ReviewProgress;
import org.partnershipledger.domain.partnership.ReviewRecommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Records a participatory review of an agreed partnership (P6) on the three aspects of partnering: progress,
 * functioning, and whether partnering is worth its costs.
 *
 * @param worthItsCosts whether partnering is worth its costs, or {@code null} when the review did not say
 * @param participants  the partners heard; every partner must be
 * @param commitments   for each partner, whether it kept its commitments
 */
public record RecordReview(@TargetAggregateIdentifier PartnershipId partnershipId,
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

    public RecordReview {
        Objects.requireNonNull(partnershipId, "partnershipId is required");
        Objects.requireNonNull(reviewId, "reviewId is required");
        Objects.requireNonNull(reviewDate, "reviewDate is required");
        Objects.requireNonNull(progress, "progress is required");
        Objects.requireNonNull(recommendation, "recommendation is required");
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("summary is required");
        }
        participants = participants == null ? List.of() : List.copyOf(participants);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }
}
