package org.partnershipledger.domain.vetting;

/**
 * V4: where the heat-map bands start, as likelihood-times-impact scores from 1 to 25. Operators may move the
 * thresholds; a rating keeps the band it was given when it was recorded.
 *
 * @param mediumFrom   the lowest MEDIUM score; below it LOW
 * @param highFrom     the lowest HIGH score
 * @param criticalFrom the lowest CRITICAL score
 */
public record RiskPolicy(int mediumFrom, int highFrom, int criticalFrom) {

    /** The agency's heat map: 1–4 LOW, 5–9 MEDIUM, 10–16 HIGH, 17–25 CRITICAL. */
    public static final RiskPolicy DEFAULT = new RiskPolicy(5, 10, 17);

    public RiskPolicy {
        if (!(1 < mediumFrom && mediumFrom < highFrom && highFrom < criticalFrom && criticalFrom <= 25)) {
            throw new IllegalArgumentException("thresholds must rise within 2..25 (mediumFrom < highFrom < "
                    + "criticalFrom), were " + mediumFrom + ", " + highFrom + ", " + criticalFrom);
        }
    }

    public RiskBand band(int score) {
        if (score >= criticalFrom) {
            return RiskBand.CRITICAL;
        }
        if (score >= highFrom) {
            return RiskBand.HIGH;
        }
        if (score >= mediumFrom) {
            return RiskBand.MEDIUM;
        }
        return RiskBand.LOW;
    }
}
