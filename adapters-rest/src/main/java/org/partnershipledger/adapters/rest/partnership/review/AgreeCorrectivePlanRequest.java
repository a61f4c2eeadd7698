package org.partnershipledger.adapters.rest.partnership.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnershipledger.adapters.rest.partnership.ClientIds;
import org.partnershipledger.adapters.rest.partnership.MoneyRequest;
import org.partnershipledger.domain.partnership.CorrectiveAction;
import org.partnershipledger.domain.partnership.CorrectiveActionId;
import org.partnershipledger.domain.partnership.CorrectivePlanId;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.ResponsibleParty;
import org.partnershipledger.domain.partnership.commands.AgreeCorrectiveActionPlan;

import java.time.LocalDate;
import java.util.List;

import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/partnerships/{id}/corrective-plans}: the corrective action plan the partners agreed for
 * a partnership under correction (P7).
 *
 * @param planId             the plan's id; generated when omitted
 * @param budgetModification the revised total the agency transfers; omitted when the budget stays
 * @param budgetNote         why the budget changes; required with a budget modification
 * @param actions            what is done, by whom, by when: 1 to 50 actions
 * @param agreedOn           the date the partners agreed the plan (ISO 8601 date), within 30 days of the review that
 *                           opened correction (P7)
 */
public record AgreeCorrectivePlanRequest(@Pattern(regexp = ClientIds.PATTERN, message = ClientIds.MESSAGE)
                                         String planId,
                                         @NotEmpty @Size(max = 50) List<@NotNull @Valid ActionRequest> actions,
                                         @Valid MoneyRequest budgetModification,
                                         @Size(max = 5000) String budgetNote,
                                         @NotNull LocalDate agreedOn) {

    /**
     * One corrective action: what is done, by whom, by when.
     *
     * @param actionId             the action's id, by which it is completed; generated when omitted
     * @param responsiblePartnerId the partner responsible; omitted when the agency itself is
     * @param description          what is to be done, at most 2000 characters
     * @param dueDate              by when (ISO 8601 date), on or after the plan's date
     */
    public record ActionRequest(@Pattern(regexp = ClientIds.PATTERN, message = ClientIds.MESSAGE) String actionId,
                                @NotBlank @Size(max = 2000) String description,
                                @Size(max = 64) String responsiblePartnerId,
                                @NotNull LocalDate dueDate) {

        CorrectiveAction toAction() {
            ResponsibleParty responsible = responsiblePartnerId == null || responsiblePartnerId.isBlank()
                    ? ResponsibleParty.agency() : ResponsibleParty.partner(new PartnerId(responsiblePartnerId));
            return new CorrectiveAction(new CorrectiveActionId(ClientIds.orNew(actionId)), description.strip(),
                    responsible, dueDate);
        }
    }

    AgreeCorrectiveActionPlan toCommand(String partnershipId) {
        return convert(() -> new AgreeCorrectiveActionPlan(new PartnershipId(partnershipId),
                new CorrectivePlanId(ClientIds.orNew(planId)), actions.stream().map(ActionRequest::toAction).toList(),
                budgetModification == null ? null : budgetModification.toMoney(), budgetNote, agreedOn));
    }
}
