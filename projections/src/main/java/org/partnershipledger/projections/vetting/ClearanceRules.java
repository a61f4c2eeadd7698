package org.partnershipledger.projections.vetting;

import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.VettingDecision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Which of a partner's vettings counts as a clearance: for reuse by another partnership (V7), and in the registry. */
final class ClearanceRules {

    /** The most recent decision first; on the same day the deeper tier, then the longer valid. */
    private static final Comparator<VettingIndex> MOST_RECENT = Comparator
            .comparing(VettingIndex::decidedOn)
            .thenComparing(VettingIndex::tier)
            .thenComparing(VettingIndex::validUntil)
            .thenComparing(VettingIndex::vettingId);

    /** The deepest tier first, then one without conditions, then the longest valid, then the most recent. */
    private static final Comparator<VettingIndex> BEST = Comparator
            .comparing(VettingIndex::tier)
            .thenComparing(v -> v.decision() == VettingDecision.CLEARED)
            .thenComparing(VettingIndex::validUntil)
            .thenComparing(VettingIndex::decidedOn)
            .thenComparing(VettingIndex::vettingId);

    private ClearanceRules() {
    }

    /**
     * V7: a clearance another partnership may rely on instead of vetting again: standing (not reopened), at or above
     * the needed tier, valid on the day; the most recent qualifying decision.
     */
    static Optional<VettingIndex> reusable(Collection<VettingIndex> vettings, VettingTier neededTier,
                                           LocalDate validOn) {
        return vettings.stream()
                .filter(v -> v.clearsOn(validOn) && v.tier().covers(neededTier))
                .max(MOST_RECENT);
    }

    /** The best clearance the partner holds today, as the registry shows it. */
    static Optional<VettingIndex> current(Collection<VettingIndex> vettings, LocalDate today) {
        return vettings.stream().filter(v -> v.clearsOn(today)).max(BEST);
    }
}
