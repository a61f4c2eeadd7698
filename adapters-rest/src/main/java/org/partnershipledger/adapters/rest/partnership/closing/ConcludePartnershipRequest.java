package org.partnershipledger.adapters.rest.partnership.closing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipledger.domain.partnership.FinalEvaluation;
import org.partnershipledger.domain.partnership.NextStep;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.commands.ConcludePartnership;

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/partnerships/{id}/conclusion} (P9). The date and next step are required here; P9 names
 * each part of the final evaluation and the sustainability measures that is missing.
 *
 * @param nextStep what follows; {@code RENEW} starts a new agreement cycle
 * @param finalEvaluation        the participatory final evaluation; required by P9
 * @param sustainabilityMeasures how the results are kept up, 1 to 20 entries; required by P9
 * @param concludedOn            the date of the conclusion (ISO 8601 date)
 */
public record ConcludePartnershipRequest(@Schema(requiredMode = REQUIRED)
                                         @Valid FinalEvaluationRequest finalEvaluation,
                                         @Schema(requiredMode = REQUIRED)
                                         @Size(max = 20) List<@NotBlank @Size(max = 2000) String> sustainabilityMeasures,
                                         @NotNull NextStep nextStep,
                                         @NotNull LocalDate concludedOn) {

    /**
     * The participatory final evaluation.
     *
     * @param participants the ids of the partners who took part; every partner must
     * @param findings     what the evaluation found, 1 to 50 entries; required by P9
     * @param lessons      what was learned, 1 to 50 entries; required by P9
     */
    public record FinalEvaluationRequest(@Schema(requiredMode = REQUIRED)
                                         @Size(max = 50) List<@NotBlank @Size(max = 64) String> participants,
                                         @Schema(requiredMode = REQUIRED)
                                         @Size(max = 50) List<@NotBlank @Size(max = 5000) String> findings,
                                         @Schema(requiredMode = REQUIRED)
                                         @Size(max = 50) List<@NotBlank @Size(max = 5000) String> lessons) {

        FinalEvaluation toEvaluation() {
            List<PartnerId> heard = participants == null ? null : participants.stream().map(PartnerId::new).toList();
            return new FinalEvaluation(heard, findings, lessons);
        }
    }

    ConcludePartnership toCommand(String partnershipId) {
        return convert(() -> new ConcludePartnership(new PartnershipId(partnershipId),
                finalEvaluation == null ? null : finalEvaluation.toEvaluation(), sustainabilityMeasures, nextStep,
                concludedOn));
    }
}
