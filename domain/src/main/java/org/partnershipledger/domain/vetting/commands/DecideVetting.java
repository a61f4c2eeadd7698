package org.partnershipledger.domain.vetting.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.vetting.Approver;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingId;

import java.time.LocalDate;
import java.util.List;

import static org.partnershipledger.domain.shared.Shape.required;

/**
 * Decides a complete vetting (V3 to V6).
 *
 * @param reasons    why (required)
 * @param conditions what the partner must keep to; required for, and only for, CLEARED_WITH_CONDITIONS
 * @param approver   the acting user and the authority they hold
 * @param decidedOn  the day of the decision, from which a clearance runs (V7)
 */
public record DecideVetting(@TargetAggregateIdentifier VettingId vettingId,
                            VettingDecision decision,
                            List<String> reasons,
                            List<String> conditions,
                            Approver approver,
                            LocalDate decidedOn) {

    public DecideVetting {
        required(vettingId, "vettingId");
        required(decision, "decision");
        required(approver, "approver");
        required(decidedOn, "decidedOn");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
