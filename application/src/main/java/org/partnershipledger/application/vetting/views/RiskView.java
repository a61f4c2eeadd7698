package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.vetting.RiskBand;

import java.time.Instant;

/**
 * The latest rating of the risks of partnering (V4).
 *
 * @param reputational the risk to the agency's reputation
 * @param fiduciary    the risk of funds or resources being lost or misused
 * @param performance  the risk that the partner cannot deliver
 * @param highestScore the highest likelihood-times-impact of the three
 * @param band         the heat-map band of the highest score
 * @param ratedBy      the user id of who rated it
 * @param ratedAt      when it was rated (ISO 8601 instant)
 * @param standing     whether the rating still counts: a reopening sets it aside until the risk is rated again (V8)
 */
public record RiskView(RiskScoreView reputational, RiskScoreView fiduciary, RiskScoreView performance,
                       int highestScore, RiskBand band, String ratedBy, Instant ratedAt, boolean standing) {
}
