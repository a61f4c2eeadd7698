package org.partnershipledger.domain.vetting;

/**
 * One risk on the agency's heat map (V4) [001 rec. 1.2]: how likely it is and how hard it would hit, each from 1 to
 * 5. The scale is the heat map's own and never changes, so it is checked here; the bands drawn on it are policy
 * ({@link RiskPolicy}).
 */
public record RiskScore(int likelihood, int impact) {

    public RiskScore {
        if (likelihood < 1 || likelihood > 5) {
            throw new IllegalArgumentException("likelihood must be from 1 to 5, was " + likelihood);
        }
        if (impact < 1 || impact > 5) {
            throw new IllegalArgumentException("impact must be from 1 to 5, was " + impact);
        }
    }

    /** Likelihood times impact, from 1 to 25. */
    public int score() {
        return likelihood * impact;
    }
}
