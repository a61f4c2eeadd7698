package org.partnershipledger.adapters.rest.partnership.review;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The answer to recording a review: the partnership's new version and the review's id, chosen or generated.
 *
 * @param id       the partnership's id
 * @param version  the partnership's version after the review, also answered as ETag
 * @param reviewId the review's id: the one given, or the one generated
 */
public record RecordedReview(@Schema(requiredMode = REQUIRED)
                             String id, long version, @Schema(requiredMode = REQUIRED) String reviewId) {
}
