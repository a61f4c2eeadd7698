package org.partnershipledger.application.vetting.views;

/**
 * One risk on the heat map: likelihood and impact from 1 to 5, and their product.
 *
 * @param likelihood how likely the risk is, 1 (rare) to 5 (almost certain)
 * @param impact     how hard it would hit, 1 (minor) to 5 (severe)
 * @param score      likelihood times impact, 1 to 25
 */
public record RiskScoreView(int likelihood, int impact, int score) {
}
