package org.partnershipledger.domain.partnership;

/** The geographic reach of a partnership [003 Scoping]. */
public enum Scope {
    LOCAL,
    NATIONAL,
    REGIONAL,
    GLOBAL
}
