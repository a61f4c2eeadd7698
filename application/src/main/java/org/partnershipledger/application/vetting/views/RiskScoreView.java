package org.partnershipledger.application.vetting.views;

/** One risk on the heat map: likelihood and impact from 1 to 5, and their product. */
public record RiskScoreView(int likelihood, int impact, int score) {
}
