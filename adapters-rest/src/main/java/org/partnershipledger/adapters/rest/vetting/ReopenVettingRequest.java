package org.partnershipledger.adapters.rest.vetting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipledger.application.identity.Actor;
import org.partnershipledger.domain.vetting.ReopeningReason;
import org.partnershipledger.domain.vetting.VettingId;
import org.partnershipledger.domain.vetting.commands.ReopenVetting;

import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/vettings/{id}/reopening}: the new information that unsettles the decision (V8), which
 * V8 requires.
 */
public record ReopenVettingRequest(@NotNull ReopeningReason reason, @Size(max = 10000) String information) {

    ReopenVetting toCommand(String vettingId, Actor actor) {
        return convert(() -> new ReopenVetting(new VettingId(vettingId), reason,
                AssessCriterionRequest.strip(information), actor.userId()));
    }
}
