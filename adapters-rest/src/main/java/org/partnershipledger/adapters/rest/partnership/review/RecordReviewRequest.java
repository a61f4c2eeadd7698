package org.partnershipledger.adapters.rest.partnership.review;

import io.swagger.v3.oas.annotations.media.Schema;
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

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/partnerships/{id}/reviews}: a participatory review on progress, functioning and worth
 * (P6). The date, rating, recommendation and summary are required here; which partners were heard, the functioning
 * aspects, the worth and the commitments are P6's to check, and it names each one missing.
 *
 * @param reviewId      the review's id; generated when omitted
 * @param worthItsCosts whether partnering is worth its costs
 * @param participants  the ids of the partners heard
 * @param reviewDate        the date the review took place (ISO 8601 date)
 * @param progress          how far the work has come: ON_TRACK, SOME_PROGRESS, or LITTLE_OR_NO_PROGRESS, which puts the
 *                          partnership under correction (P7)
 * @param functioning       how the partnership functions, each of its five aspects assessed (P6)
 * @param worthItsCostsNote what the partners said about the costs and benefits of partnering, optional
 * @param commitments       for every partner, whether it kept the commitments it made in the agreement (P6)
 * @param recommendation    what the review recommends: CONTINUE, REVISE (amend the agreement), CORRECTIVE_ACTION,
 *                          DISCONTINUE or CONCLUDE; advice only, it changes no status
 * @param summary           what the review found, at most 10000 characters
 */
public record RecordReviewRequest(@Pattern(regexp = ClientIds.PATTERN, message = ClientIds.MESSAGE)
                                  String reviewId,
                                  @NotNull LocalDate reviewDate,
                                  @NotNull ReviewProgress progress,
                                  @Schema(requiredMode = REQUIRED) @Valid FunctioningRequest functioning,
                                  @Schema(requiredMode = REQUIRED) Boolean worthItsCosts,
                                  @Size(max = 5000) String worthItsCostsNote,
                                  @Schema(requiredMode = REQUIRED)
                                  @Size(max = 50) List<@NotBlank @Size(max = 64) String> participants,
                                  @Schema(requiredMode = REQUIRED)
                                  @Size(max = 50) List<@NotNull @Valid CommitmentRequest> commitments,
                                  @NotNull ReviewRecommendation recommendation,
                                  @NotBlank @Size(max = 10000) String summary) {

    /**
     * How the partnership functions: each of the five aspects rated, described, or both.
     *
     * @param decisionMakingAndGovernance how decisions are made and the partnership is governed
     * @param roles                       whether each party plays the role agreed
     * @param communications              how the partners inform and consult each other
     * @param workingRelations            how the partners work together day to day
     * @param financialOperations         how funds and resources are handled and accounted for
     */
    public record FunctioningRequest(@Schema(requiredMode = REQUIRED) @Valid AspectRequest decisionMakingAndGovernance,
                                     @Schema(requiredMode = REQUIRED) @Valid AspectRequest roles,
                                     @Schema(requiredMode = REQUIRED) @Valid AspectRequest communications,
                                     @Schema(requiredMode = REQUIRED) @Valid AspectRequest workingRelations,
                                     @Schema(requiredMode = REQUIRED) @Valid AspectRequest financialOperations) {

        FunctioningAssessment toAssessment() {
            return new FunctioningAssessment(aspect(decisionMakingAndGovernance), aspect(roles),
                    aspect(communications), aspect(workingRelations), aspect(financialOperations));
        }

        private static AspectAssessment aspect(AspectRequest request) {
            return request == null ? null : new AspectAssessment(request.rating(), request.note());
        }
    }

    /**
     * One aspect of the functioning: a rating, a note, or both.
     *
     * @param rating WORKS_WELL, NEEDS_ATTENTION or NOT_WORKING; a rating, a note or both
     * @param note   what the partners said about this aspect, at most 5000 characters
     */
    public record AspectRequest(FunctioningRating rating, @Size(max = 5000) String note) {
    }

    /**
     * Whether one partner kept the commitments it made in the agreement.
     *
     * @param partnerId the partner's id
     * @param kept      whether it kept its commitments
     * @param note      what it kept or did not, optional
     */
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
