package org.partnershipledger.domain.vetting;

/** The heat-map band of a partner's highest risk (V4), from least to most severe. */
public enum RiskBand {
    LOW,
    MEDIUM,
    /** May be cleared only with conditions. */
    HIGH,
    /** Is never cleared. */
    CRITICAL
}
