package org.partnershipledger.adapters.rest.partnership.review;

/** The answer to recording a review: the partnership's new version and the review's id, chosen or generated. */
public record RecordedReview(String id, long version, String reviewId) {
}
