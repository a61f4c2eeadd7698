package org.partnershipledger.adapters.rest.partnership.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.VettingOutcome;
import org.partnershipledger.domain.partnership.commands.RecordVettingOutcome;
import org.partnershipledger.domain.shared.VettingTier;

import java.time.LocalDate;
import java.util.List;

import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/partnerships/{id}/vetting-outcomes}: the latest decision of a partner's vetting, until
 * the Vetting aggregate sends it itself.
 *
 * @param validUntil      the clearance's last valid day; only, and always, for a clearance
 * @param conditions      the conditions of a {@code CLEARED_WITH_CONDITIONS} clearance
 * @param reusedClearance whether the clearance comes from an earlier vetting of the partner (V7); false when omitted
 */
public record RecordVettingOutcomeRequest(@NotBlank @Size(max = 64) String partnerId,
                                          @NotBlank @Size(max = 64) String vettingId,
                                          @NotNull VettingOutcome outcome,
                                          @NotNull VettingTier tier,
                                          LocalDate validUntil,
                                          @Size(max = 20) List<@NotBlank @Size(max = 2000) String> conditions,
                                          Boolean reusedClearance) {

    RecordVettingOutcome toCommand(String partnershipId) {
        return convert(() -> new RecordVettingOutcome(new PartnershipId(partnershipId), new PartnerId(partnerId),
                vettingId, outcome, tier, validUntil, conditions, Boolean.TRUE.equals(reusedClearance)));
    }
}
