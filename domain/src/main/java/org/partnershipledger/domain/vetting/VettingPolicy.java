package org.partnershipledger.domain.vetting;

import java.time.LocalDate;

/**
 * The operator-configurable numbers behind clearances (V7).
 *
 * @param clearanceValidityMonths how long a clearance stands from the day it is decided
 */
public record VettingPolicy(int clearanceValidityMonths) {

    public static final VettingPolicy DEFAULT = new VettingPolicy(24);

    public VettingPolicy {
        if (clearanceValidityMonths < 1) {
            throw new IllegalArgumentException("clearanceValidityMonths must be at least 1");
        }
    }

    /**
     * The last day a clearance decided on {@code decidedOn} is valid: a clearance decided on 1 March 2025 for 24
     * months is valid up to and including 28 February 2027, matching how partnerships read {@code validUntil}.
     */
    public LocalDate validUntil(LocalDate decidedOn) {
        return decidedOn.plusMonths(clearanceValidityMonths).minusDays(1);
    }

    /** Whether a clearance decided on {@code decidedOn} ends on a day the calendar holds ({@link LocalDate#MAX}). */
    public boolean clearanceEndsWithinCalendar(LocalDate decidedOn) {
        return !decidedOn.isAfter(LocalDate.MAX.minusMonths(clearanceValidityMonths));
    }
}
