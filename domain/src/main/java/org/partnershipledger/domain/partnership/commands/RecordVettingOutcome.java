package org.partnershipledger.domain.partnership.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.VettingOutcome;
import org.partnershipledger.domain.shared.VettingTier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Records on the partnership the latest outcome of a partner's vetting (P3, V7, V8); a newer outcome for the same
 * partner supersedes the older one.
 *
 * @param tier            the tier the vetting was run at
 * @param validUntil      the last day the clearance is valid; only for a clearance, {@code null} otherwise
 * @param conditions      the conditions of a {@link VettingOutcome#CLEARED_WITH_CONDITIONS} clearance
 * @param reusedClearance whether the clearance comes from an earlier vetting of the partner (V7)
 */
public record RecordVettingOutcome(@TargetAggregateIdentifier PartnershipId partnershipId,
                                   PartnerId partnerId,
                                   String vettingId,
                                   VettingOutcome outcome,
                                   VettingTier tier,
                                   LocalDate validUntil,
                                   List<String> conditions,
                                   boolean reusedClearance) {

    public RecordVettingOutcome {
        Objects.requireNonNull(partnershipId, "partnershipId is required");
        Objects.requireNonNull(partnerId, "partnerId is required");
        Objects.requireNonNull(outcome, "outcome is required");
        Objects.requireNonNull(tier, "tier is required");
        if (vettingId == null || vettingId.isBlank()) {
            throw new IllegalArgumentException("vettingId is required");
        }
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        if (outcome.clears() && validUntil == null) {
            throw new IllegalArgumentException("validUntil is required for a " + outcome + " outcome");
        }
        if (!outcome.clears() && validUntil != null) {
            throw new IllegalArgumentException("validUntil is only for a clearance, not for " + outcome);
        }
        if (outcome == VettingOutcome.CLEARED_WITH_CONDITIONS && conditions.isEmpty()) {
            throw new IllegalArgumentException("conditions are required for CLEARED_WITH_CONDITIONS");
        }
        if (reusedClearance && !outcome.clears()) {
            throw new IllegalArgumentException("reusedClearance is only for a clearance, not for " + outcome);
        }
    }
}
