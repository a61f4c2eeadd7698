package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.vetting.RiskBand;
import org.partnershipledger.domain.vetting.VettingDecision;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision on the vetting (V5).
 *
 * @param decision   CLEARED, CLEARED_WITH_CONDITIONS or REJECTED
 * @param reasons    why it was decided so
 * @param conditions the conditions of a CLEARED_WITH_CONDITIONS decision, empty otherwise
 * @param riskBand   the band of the risk rating the decision rests on
 * @param decidedOn  the day of the decision (ISO 8601 date)
 * @param validUntil the last day a clearance is valid (V7), {@code null} for a rejection
 * @param approvedBy the user id of the approver, neither an assessor nor the partnership's proposer (V6)
 */
public record DecisionView(VettingDecision decision, List<String> reasons, List<String> conditions, RiskBand riskBand,
                           LocalDate decidedOn, LocalDate validUntil, String approvedBy) {

    public DecisionView {
        reasons = ViewCollections.listOf(reasons);
        conditions = ViewCollections.listOf(conditions);
    }
}
