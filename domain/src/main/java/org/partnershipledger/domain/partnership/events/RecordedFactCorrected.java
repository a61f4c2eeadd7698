package org.partnershipledger.domain.partnership.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.RecordedFact;

/**
 * A descriptive fact recorded wrongly was corrected (P11). The event that recorded it stays as it was.
 *
 * @param targetId the partner id or review id the fact belongs to, {@code null} for a fact of the partnership
 */
@Revision("1")
public record RecordedFactCorrected(PartnershipId partnershipId,
                                    RecordedFact fact,
                                    String targetId,
                                    String oldValue,
                                    String newValue,
                                    String reason) {
}
