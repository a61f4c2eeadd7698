package org.partnershipledger.domain.vetting;

/**
 * Where a vetting stands: OPEN until decided; then one of the three decisions; REOPENED when new information
 * unsettles a decision, until it is decided again (V5, V8).
 */
public enum VettingStatus {
    OPEN,
    CLEARED,
    CLEARED_WITH_CONDITIONS,
    REJECTED,
    REOPENED;

    public static VettingStatus of(VettingDecision decision) {
        return switch (decision) {
            case CLEARED -> CLEARED;
            case CLEARED_WITH_CONDITIONS -> CLEARED_WITH_CONDITIONS;
            case REJECTED -> REJECTED;
        };
    }

    /** Whether a decision stands; a decided vetting changes only by reopening (V8). */
    public boolean isDecided() {
        return this == CLEARED || this == CLEARED_WITH_CONDITIONS || this == REJECTED;
    }

    public boolean clears() {
        return this == CLEARED || this == CLEARED_WITH_CONDITIONS;
    }
}
