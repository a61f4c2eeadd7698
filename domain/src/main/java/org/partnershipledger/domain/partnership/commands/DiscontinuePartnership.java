package org.partnershipledger.domain.partnership.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.GuidingPrinciple;
import org.partnershipledger.domain.partnership.PartnershipId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Discontinues an agreed partnership (P8) [000 §57; 002 §1, §4].
 *
 * @param principle          the principle violated; only, and always, for {@link DiscontinuationReason#PRINCIPLE_VIOLATION}
 * @param continuityMeasures how the relationship, capacity and trust built are carried on
 */
public record DiscontinuePartnership(@TargetAggregateIdentifier PartnershipId partnershipId,
                                     DiscontinuationReason reason,
                                     String justification,
                                     GuidingPrinciple principle,
                                     LocalDate effectiveDate,
                                     List<String> continuityMeasures) {

    public DiscontinuePartnership {
        Objects.requireNonNull(partnershipId, "partnershipId is required");
        Objects.requireNonNull(reason, "reason is required");
        continuityMeasures = continuityMeasures == null ? List.of() : List.copyOf(continuityMeasures);
    }
}
