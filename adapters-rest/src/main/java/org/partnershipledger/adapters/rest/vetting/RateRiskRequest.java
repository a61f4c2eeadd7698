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
 *
 * @param reputational the risk to the agency's reputation
 * @param fiduciary    the risk of funds or resources being lost or misused
 * @param performance  the risk that the partner cannot deliver
 */
public record RateRiskRequest(@NotNull @Valid Score reputational,
                              @NotNull @Valid Score fiduciary,
                              @NotNull @Valid Score performance) {

    /**
     * One risk: how likely, and how hard it would hit.
     *
     * @param likelihood how likely the risk is, from 1 (rare) to 5 (almost certain)
     * @param impact     how hard it would hit, from 1 (minor) to 5 (severe); the band follows from likelihood times
     *                   impact (V4)
     */
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
