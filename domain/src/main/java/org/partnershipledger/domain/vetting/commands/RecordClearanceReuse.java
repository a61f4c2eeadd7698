package org.partnershipledger.domain.vetting.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.VettingId;

import java.time.LocalDate;

import static org.partnershipledger.domain.shared.Shape.required;

/**
 * Records that another partnership relies on this vetting's clearance instead of vetting the partner again (V7).
 *
 * @param neededTier the tier that partnership's engagement needs
 * @param reusedOn   the day the partnership starts relying on the clearance
 */
public record RecordClearanceReuse(@TargetAggregateIdentifier VettingId vettingId,
                                   PartnershipId partnershipId,
                                   VettingTier neededTier,
                                   LocalDate reusedOn) {

    public RecordClearanceReuse {
        required(vettingId, "vettingId");
        required(partnershipId, "partnershipId");
        required(neededTier, "neededTier");
        required(reusedOn, "reusedOn");
    }
}
