package org.partnershipledger.adapters.rest.vetting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipledger.application.identity.Actor;
import org.partnershipledger.domain.vetting.ReopeningReason;
import org.partnershipledger.domain.vetting.VettingId;
import org.partnershipledger.domain.vetting.commands.ReopenVetting;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/vettings/{id}/reopening}: the new information that unsettles the decision (V8), which
 * V8 requires.
 *
 * @param reason      the kind of new information: ADVERSE_MEDIA, SANCTIONS_LISTING or OTHER
 * @param information what came to light, at most 10000 characters; required by V8
 */
public record ReopenVettingRequest(@NotNull ReopeningReason reason, @Schema(requiredMode = REQUIRED)
                                                                    @Size(max = 10000) String information) {

    ReopenVetting toCommand(String vettingId, Actor actor) {
        return convert(() -> new ReopenVetting(new VettingId(vettingId), reason,
                AssessCriterionRequest.strip(information), actor.userId()));
    }
}
