package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.FinalEvaluation;
import org.partnershipledger.domain.partnership.NextStep;
import org.partnershipledger.domain.partnership.PartnershipId;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement cycle was concluded with its final evaluation (P9). With any next step but {@code RENEW} the
 * partnership is CONCLUDED, which is terminal; with {@code RENEW} an {@link AgreementCycleRenewed} follows.
 *
 * @param cycle the agreement cycle concluded
 */
@Revision("1")
public record PartnershipConcluded(PartnershipId partnershipId,
                                   int cycle,
                                   LocalDate concludedOn,
                                   FinalEvaluation finalEvaluation,
                                   List<String> sustainabilityMeasures,
                                   NextStep nextStep) {
}
