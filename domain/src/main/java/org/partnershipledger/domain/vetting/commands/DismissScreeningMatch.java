package org.partnershipledger.domain.vetting.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.vetting.VettingId;

import static org.partnershipledger.domain.shared.Shape.required;
import static org.partnershipledger.domain.shared.Shape.requiredText;

/**
 * Records that a match of the latest sanctions screening is a false positive (V3): the listed entry is not the
 * partner.
 *
 * @param entryReference the list's reference of the matched entry
 * @param justification  why the entry is not the partner (required)
 */
public record DismissScreeningMatch(@TargetAggregateIdentifier VettingId vettingId,
                                    String entryReference,
                                    String justification,
                                    UserId dismissedBy) {

    public DismissScreeningMatch {
        required(vettingId, "vettingId");
        requiredText(entryReference, "entryReference");
        required(dismissedBy, "dismissedBy");
    }
}
