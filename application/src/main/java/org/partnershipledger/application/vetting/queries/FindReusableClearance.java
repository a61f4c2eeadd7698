package org.partnershipledger.application.vetting.queries;

import org.partnershipledger.domain.shared.VettingTier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Asks for a clearance the partner already holds that another partnership may rely on instead of vetting again (V7):
 * decided CLEARED or CLEARED_WITH_CONDITIONS, at or above the needed tier, still valid on the given day, and not
 * reopened since. Answered with an empty result when there is none; the most recent qualifying clearance otherwise.
 */
public record FindReusableClearance(String partnerId, VettingTier neededTier, LocalDate validOn) {

    public FindReusableClearance {
        Objects.requireNonNull(partnerId, "partnerId is required");
        Objects.requireNonNull(neededTier, "neededTier is required");
        Objects.requireNonNull(validOn, "validOn is required");
    }
}
