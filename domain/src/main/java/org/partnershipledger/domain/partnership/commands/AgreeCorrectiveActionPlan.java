package org.partnershipledger.domain.partnership.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.partnership.CorrectiveAction;
import org.partnershipledger.domain.partnership.CorrectiveActionId;
import org.partnershipledger.domain.partnership.CorrectivePlanId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.shared.Money;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Records the corrective action plan the partners agreed for a partnership under correction (P7) [002 §4].
 *
 * @param budgetModification the revised total the agency transfers, or {@code null} when the budget stays
 * @param budgetNote         why the budget changes; required with a budget modification
 * @param agreedOn           the day the partners agreed the plan
 */
public record AgreeCorrectiveActionPlan(@TargetAggregateIdentifier PartnershipId partnershipId,
                                        CorrectivePlanId planId,
                                        List<CorrectiveAction> actions,
                                        Money budgetModification,
                                        String budgetNote,
                                        LocalDate agreedOn) {

    public AgreeCorrectiveActionPlan {
        Objects.requireNonNull(partnershipId, "partnershipId is required");
        Objects.requireNonNull(planId, "planId is required");
        Objects.requireNonNull(agreedOn, "agreedOn is required");
        if (actions == null || actions.isEmpty()) {
            throw new IllegalArgumentException("actions must list at least one corrective action");
        }
        actions = List.copyOf(actions);
        Set<CorrectiveActionId> ids = new HashSet<>();
        for (CorrectiveAction action : actions) {
            if (!ids.add(action.actionId())) {
                throw new IllegalArgumentException("actions must have distinct ids, " + action.actionId() + " repeats");
            }
        }
        if (budgetModification != null && (budgetNote == null || budgetNote.isBlank())) {
            throw new IllegalArgumentException("budgetNote is required with a budgetModification");
        }
    }
}
