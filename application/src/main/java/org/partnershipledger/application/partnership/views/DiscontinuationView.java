package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.GuidingPrinciple;

import java.time.LocalDate;
import java.util.List;

/**
 * Why and how an agreed partnership was discontinued (P8).
 *
 * @param reason             why: NO_PROGRESS, PRINCIPLE_VIOLATION, PARTNER_WITHDRAWAL, CHANGED_CONTEXT or
 *                           MUTUAL_AGREEMENT
 * @param justification      the grounds in full
 * @param principle          the principle violated, for {@code PRINCIPLE_VIOLATION}; {@code null} otherwise
 * @param effectiveDate      the date the partnership ended (ISO 8601 date)
 * @param continuityMeasures how the relationship and the work continue
 * @param evidenceReviewId   for {@code NO_PROGRESS}, the review that found little or no progress
 */
public record DiscontinuationView(DiscontinuationReason reason, String justification, GuidingPrinciple principle,
                                  LocalDate effectiveDate, List<String> continuityMeasures,
                                  String evidenceReviewId) {

    public DiscontinuationView {
        continuityMeasures = ViewCollections.listOf(continuityMeasures);
    }
}
