package org.partnershipledger.adapters.rest.vetting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipledger.domain.vetting.Approver;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingId;
import org.partnershipledger.domain.vetting.commands.DecideVetting;

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/vettings/{id}/decision} (V5). Who decides, with the authority of their office and
 * committee seat, is the caller; the day of the decision is today. Reasons, and the conditions of a
 * CLEARED_WITH_CONDITIONS decision, are V5's to require.
 *
 * @param decision   CLEARED, CLEARED_WITH_CONDITIONS or REJECTED; a HIGH risk is cleared only with conditions and a
 *                   CRITICAL one never (V4, V5)
 * @param reasons    why, 1 to 20 entries; required by V5
 * @param conditions what the partner must meet, 1 to 20 entries: only, and always, for CLEARED_WITH_CONDITIONS (V5)
 */
public record DecideVettingRequest(@NotNull VettingDecision decision,
                                   @Schema(requiredMode = REQUIRED)
                                   @Size(max = 20) List<@NotBlank @Size(max = 2000) String> reasons,
                                   @Size(max = 20) List<@NotBlank @Size(max = 2000) String> conditions) {

    DecideVetting toCommand(String vettingId, Approver approver, LocalDate today) {
        return convert(() -> new DecideVetting(new VettingId(vettingId), decision, strip(reasons), strip(conditions),
                approver, today));
    }

    private static List<String> strip(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(String::strip).toList();
    }
}
