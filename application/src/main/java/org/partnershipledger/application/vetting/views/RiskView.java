package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.vetting.RiskBand;

import java.time.Instant;

/**
 * The latest rating of the risks of partnering (V4).
 *
 * @param highestScore the highest likelihood-times-impact of the three
 * @param band         the heat-map band of the highest score
 * @param standing     whether the rating still counts: a reopening sets it aside until the risk is rated again (V8)
 */
public record RiskView(RiskScoreView reputational, RiskScoreView fiduciary, RiskScoreView performance,
                       int highestScore, RiskBand band, String ratedBy, Instant ratedAt, boolean standing) {
}
