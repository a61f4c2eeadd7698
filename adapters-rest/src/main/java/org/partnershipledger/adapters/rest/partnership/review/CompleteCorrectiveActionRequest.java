package org.partnershipledger.adapters.rest.partnership.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipledger.domain.partnership.CorrectiveActionId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.commands.CompleteCorrectiveAction;

import java.time.LocalDate;

import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/partnerships/{id}/corrective-actions/{actionId}/completion}: when and how the action of
 * the open corrective plan was done (P7).
 *
 * @param completedOn    the date the action was done (ISO 8601 date)
 * @param completionNote what was done, at most 5000 characters
 */
public record CompleteCorrectiveActionRequest(@NotNull LocalDate completedOn,
                                              @NotBlank @Size(max = 5000) String completionNote) {

    CompleteCorrectiveAction toCommand(String partnershipId, String actionId) {
        return convert(() -> new CompleteCorrectiveAction(new PartnershipId(partnershipId),
                new CorrectiveActionId(actionId), completedOn, completionNote.strip()));
    }
}
