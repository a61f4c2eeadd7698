package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.VettingDecision;

import java.time.LocalDate;
import java.util.List;

/**
 * A clearance a partner holds, as another partnership would rely on it.
 *
 * @param vettingId  the vetting that cleared the partner
 * @param partnerId  the partner cleared
 * @param tier       the tier it was cleared at; it covers every shallower tier
 * @param decision   CLEARED or CLEARED_WITH_CONDITIONS
 * @param validUntil the last day the clearance is valid (ISO 8601 date)
 * @param conditions the conditions a CLEARED_WITH_CONDITIONS clearance carries, empty otherwise
 */
public record ReusableClearance(String vettingId, String partnerId, VettingTier tier, VettingDecision decision,
                                LocalDate validUntil, List<String> conditions) {

    public ReusableClearance {
        conditions = List.copyOf(conditions);
    }
}
