package org.partnershipledger.domain.partnership;

/**
 * How one aspect of the partnership's functioning was judged in a review (P6): a rating, a note, or both.
 *
 * @param rating the partners' rating, or {@code null} when they described it in words only
 * @param note   what the partners said about the aspect, or null
 */
public record AspectAssessment(FunctioningRating rating, String note) {

    public static AspectAssessment rated(FunctioningRating rating) {
        return new AspectAssessment(rating, null);
    }

    /** Whether the review said anything about this aspect. */
    public boolean assessed() {
        return rating != null || Lists.hasText(note);
    }
}
