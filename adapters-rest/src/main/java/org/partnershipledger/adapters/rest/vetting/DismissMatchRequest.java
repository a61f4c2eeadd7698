package org.partnershipledger.adapters.rest.vetting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.partnershipledger.application.identity.Actor;
import org.partnershipledger.domain.vetting.VettingId;
import org.partnershipledger.domain.vetting.commands.DismissScreeningMatch;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/vettings/{id}/screening-matches/{entryReference}/dismissal}: why the listed entry is
 * not the partner (V3). The justification is V3's to require.
 *
 * @param justification why the listed entry is not the partner, at most 5000 characters; required by V3
 */
public record DismissMatchRequest(@Schema(requiredMode = REQUIRED) @Size(max = 5000) String justification) {

    DismissScreeningMatch toCommand(String vettingId, String entryReference, Actor officer) {
        return convert(() -> new DismissScreeningMatch(new VettingId(vettingId), entryReference,
                AssessCriterionRequest.strip(justification), officer.userId()));
    }
}
