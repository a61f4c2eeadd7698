package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.GuidingPrinciple;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.ReviewId;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreed partnership was discontinued (P8); it is terminal.
 *
 * @param principle        the principle violated, for {@code PRINCIPLE_VIOLATION}; {@code null} otherwise
 * @param evidenceReviewId for {@code NO_PROGRESS}, the latest review that found little or no progress
 */
@Revision("1")
public record PartnershipDiscontinued(PartnershipId partnershipId,
                                      DiscontinuationReason reason,
                                      String justification,
                                      GuidingPrinciple principle,
                                      LocalDate effectiveDate,
                                      List<String> continuityMeasures,
                                      ReviewId evidenceReviewId) {
}
