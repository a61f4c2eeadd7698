package org.partnershipledger.domain.partnership;

/** How far a partner takes part in decisions [003 Identifying partners]. */
public enum EngagementLevel {
    /** Decision-making; their number is capped by policy (P2). */
    ACTIVE,
    PILOT,
    ADVISORY
}
