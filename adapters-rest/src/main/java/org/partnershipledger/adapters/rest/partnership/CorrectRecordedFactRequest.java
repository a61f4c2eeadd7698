package org.partnershipledger.adapters.rest.partnership;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.RecordedFact;
import org.partnershipledger.domain.partnership.commands.CorrectRecordedFact;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/partnerships/{id}/corrections}: a descriptive fact recorded wrongly, corrected by naming
 * the value it corrects, the new value and why (P11).
 *
 * @param targetId the partner id ({@code PARTNER_*} facts) or review id ({@code REVIEW_*} facts); omitted for the
 *                 partnership's own title and purpose
 * @param oldValue the value as currently recorded; omitted when none is
 * @param reason   why it is corrected; required by P11, which the aggregate checks
 * @param fact     what is corrected: TITLE, PURPOSE, PARTNER_NAME, PARTNER_REGISTRATION_REFERENCE or REVIEW_SUMMARY; a
 *                 decision (VETTING_OUTCOME, REVIEW_PROGRESS, REVIEW_RECOMMENDATION) is refused, since a newer decision
 *                 supersedes it (P11)
 * @param newValue the correct value, at most 10000 characters
 */
public record CorrectRecordedFactRequest(@NotNull RecordedFact fact,
                                         @Size(max = 64) String targetId,
                                         @Size(max = 10000) String oldValue,
                                         @NotBlank @Size(max = 10000) String newValue,
                                         @Schema(requiredMode = REQUIRED) @Size(max = 5000) String reason) {

    CorrectRecordedFact toCommand(String partnershipId) {
        return convert(() -> new CorrectRecordedFact(new PartnershipId(partnershipId), fact, targetId, oldValue,
                newValue, reason));
    }
}
