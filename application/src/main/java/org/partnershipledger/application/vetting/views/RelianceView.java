package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.shared.VettingTier;

import java.time.LocalDate;

/**
 * A partnership relying on the vetting: the one it was opened for, or one that reused its clearance (V7).
 *
 * @param partnershipId the partnership relying on the vetting
 * @param reuse         whether the partnership reused the clearance rather than having the vetting opened for it
 * @param neededTier    the tier the partnership's engagement needed
 * @param reusedOn      the day of the reuse, {@code null} for the partnership the vetting was opened for
 */
public record RelianceView(String partnershipId, boolean reuse, VettingTier neededTier, LocalDate reusedOn) {
}
