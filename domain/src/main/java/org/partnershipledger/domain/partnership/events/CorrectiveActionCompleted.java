package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.CorrectiveActionId;
import org.partnershipledger.domain.partnership.CorrectivePlanId;
import org.partnershipledger.domain.partnership.PartnershipId;

import java.time.LocalDate;

/**
 * An action of the open corrective action plan was done (P7).
 */
@Revision("1")
public record CorrectiveActionCompleted(PartnershipId partnershipId, CorrectivePlanId planId, CorrectiveActionId actionId,
                                        LocalDate completedOn, String completionNote) {
}
