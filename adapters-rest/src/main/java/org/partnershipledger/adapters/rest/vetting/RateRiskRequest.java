package org.partnershipledger.adapters.rest.vetting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.partnershipledger.application.identity.Actor;
import org.partnershipledger.domain.vetting.RiskScore;
import org.partnershipledger.domain.vetting.VettingId;
import org.partnershipledger.domain.vetting.commands.RateRisk;

import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/vettings/{id}/risk-rating}: the three risks of partnering on the agency's heat map
 * (V4), each a likelihood and an impact from 1 to 5. The band follows from the highest product.
 */
public record RateRiskRequest(@NotNull @Valid Score reputational,
                              @NotNull @Valid Score fiduciary,
                              @NotNull @Valid Score performance) {

    /** One risk: how likely, and how hard it would hit. */
    public record Score(@NotNull @Min(1) @Max(5) Integer likelihood, @NotNull @Min(1) @Max(5) Integer impact) {

        RiskScore toScore() {
            return new RiskScore(likelihood, impact);
        }
    }

    RateRisk toCommand(String vettingId, Actor rater) {
        return convert(() -> new RateRisk(new VettingId(vettingId), reputational.toScore(), fiduciary.toScore(),
                performance.toScore(), rater.userId()));
    }
}
