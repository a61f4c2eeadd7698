package org.partnershipledger.adapters.rest.partnership.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnershipledger.adapters.rest.partnership.ClientIds;
import org.partnershipledger.domain.partnership.AspectAssessment;
import org.partnershipledger.domain.partnership.CommitmentAssessment;
import org.partnershipledger.domain.partnership.FunctioningAssessment;
import org.partnershipledger.domain.partnership.FunctioningRating;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.ReviewId;
import org.partnershipledger.domain.partnership.ReviewProgress;
import org.partnershipledger.domain.partnership.ReviewRecommendation;
import org.partnershipledger.domain.partnership.commands.RecordReview;

import java.time.LocalDate;
import java.util.List;

import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/partnerships/{id}/reviews}: a participatory review on progress, functioning and worth
 * (P6). The date, rating, recommendation and summary are required here; which partners were heard, the functioning
 * aspects, the worth and the commitments are P6's to check, and it names each one missing.
 *
 * @param reviewId      the review's id; generated when omitted
 * @param worthItsCosts whether partnering is worth its costs
 * @param participants  the ids of the partners heard
 */
public record RecordReviewRequest(@Pattern(regexp = ClientIds.PATTERN, message = ClientIds.MESSAGE)
                                  String reviewId,
                                  @NotNull LocalDate reviewDate,
                                  @NotNull ReviewProgress progress,
                                  @Valid FunctioningRequest functioning,
                                  Boolean worthItsCosts,
                                  @Size(max = 5000) String worthItsCostsNote,
                                  @Size(max = 50) List<@NotBlank @Size(max = 64) String> participants,
                                  @Size(max = 50) List<@NotNull @Valid CommitmentRequest> commitments,
                                  @NotNull ReviewRecommendation recommendation,
                                  @NotBlank @Size(max = 10000) String summary) {

    /** How the partnership functions: each of the five aspects rated, described, or both. */
    public record FunctioningRequest(@Valid AspectRequest decisionMakingAndGovernance,
                                     @Valid AspectRequest roles,
                                     @Valid AspectRequest communications,
                                     @Valid AspectRequest workingRelations,
                                     @Valid AspectRequest financialOperations) {

        FunctioningAssessment toAssessment() {
            return new FunctioningAssessment(aspect(decisionMakingAndGovernance), aspect(roles),
                    aspect(communications), aspect(workingRelations), aspect(financialOperations));
        }

        private static AspectAssessment aspect(AspectRequest request) {
            return request == null ? null : new AspectAssessment(request.rating(), request.note());
        }
    }

    /** One aspect of the functioning: a rating, a note, or both. */
    public record AspectRequest(FunctioningRating rating, @Size(max = 5000) String note) {
    }

    /** Whether one partner kept the commitments it made in the agreement. */
    public record CommitmentRequest(@NotBlank @Size(max = 64) String partnerId,
                                    @NotNull Boolean kept,
                                    @Size(max = 2000) String note) {

        CommitmentAssessment toAssessment() {
            return new CommitmentAssessment(new PartnerId(partnerId), kept, note);
        }
    }

    RecordReview toCommand(String partnershipId) {
        return convert(() -> new RecordReview(new PartnershipId(partnershipId),
                new ReviewId(ClientIds.orNew(reviewId)), reviewDate, progress,
                functioning == null ? null : functioning.toAssessment(), worthItsCosts, worthItsCostsNote,
                participants == null ? null : participants.stream().map(PartnerId::new).toList(),
                commitments == null ? null : commitments.stream().map(CommitmentRequest::toAssessment).toList(),
                recommendation, summary.strip()));
    }
}
