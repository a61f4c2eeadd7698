package org.partnershipledger.domain.partnership;

import java.time.LocalDate;
import java.util.Objects;

/** One action of a corrective action plan (P7) [002 §4]: what is done, by whom, by when. */
public record CorrectiveAction(CorrectiveActionId actionId, String description, ResponsibleParty responsible,
                               LocalDate dueDate) {

    public CorrectiveAction {
        Objects.requireNonNull(actionId, "actionId is required");
        Objects.requireNonNull(responsible, "responsible is required");
        Objects.requireNonNull(dueDate, "dueDate is required");
        if (!Lists.hasText(description)) {
            throw new IllegalArgumentException("description is required");
        }
    }
}
