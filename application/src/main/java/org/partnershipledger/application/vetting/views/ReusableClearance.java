package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.VettingDecision;

import java.time.LocalDate;
import java.util.List;

/** A clearance a partner holds, as another partnership would rely on it. */
public record ReusableClearance(String vettingId, String partnerId, VettingTier tier, VettingDecision decision,
                                LocalDate validUntil, List<String> conditions) {

    public ReusableClearance {
        conditions = List.copyOf(conditions);
    }
}
