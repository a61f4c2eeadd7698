package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.GuidingPrinciple;

import java.time.LocalDate;
import java.util.List;

/**
 * Why and how an agreed partnership was discontinued (P8).
 *
 * @param principle        the principle violated, for {@code PRINCIPLE_VIOLATION}; {@code null} otherwise
 * @param evidenceReviewId for {@code NO_PROGRESS}, the review that found little or no progress
 */
public record DiscontinuationView(DiscontinuationReason reason, String justification, GuidingPrinciple principle,
                                  LocalDate effectiveDate, List<String> continuityMeasures,
                                  String evidenceReviewId) {

    public DiscontinuationView {
        continuityMeasures = ViewCollections.listOf(continuityMeasures);
    }
}
