package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.CorrectiveAction;
import org.partnershipledger.domain.partnership.CorrectivePlanId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * The partners agreed a corrective action plan (P7) [002 §4].
 *
 * @param budgetModification     the revised total the agency transfers, or {@code null} when the budget stays
 * @param previousAgencyTransfer what the agency transferred before the plan, or {@code null}
 * @param deadline               the deadline the plan was agreed within
 */
@Revision("1")
public record CorrectiveActionPlanAgreed(PartnershipId partnershipId,
                                         CorrectivePlanId planId,
                                         List<CorrectiveAction> actions,
                                         Money budgetModification,
                                         String budgetNote,
                                         Money previousAgencyTransfer,
                                         LocalDate agreedOn,
                                         LocalDate deadline) {
}
