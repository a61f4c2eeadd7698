package org.partnershipledger.adapters.rest.vetting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.partnershipledger.domain.shared.VettingTier;

/**
 * The body of {@code POST /api/vettings}: whom to vet, for which partnership. The partner's name, type and country,
 * and who proposed the partnership, are the partnership's own; the officer opening the vetting is the caller.
 *
 * @param tier the tier to vet at; the one the engagement needs (V1) when omitted, and never below it
 * @param partnershipId the partnership the partner takes part in
 * @param partnerId     the partner to vet, one of the partnership's partners
 */
public record OpenVettingRequest(@NotBlank @Size(max = 64) String partnershipId,
                                 @NotBlank @Size(max = 64) String partnerId,
                                 VettingTier tier) {
}
