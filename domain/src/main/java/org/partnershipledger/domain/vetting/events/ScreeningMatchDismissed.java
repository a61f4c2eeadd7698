package org.partnershipledger.domain.vetting.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.vetting.VettingId;

/**
 * An officer found a match of the latest sanctions screening to be a false positive (V3). The event repeats the
 * match so that a reader can judge the dismissal without looking the screening up.
 */
@Revision("1")
public record ScreeningMatchDismissed(VettingId vettingId,
                                      String listName,
                                      String listVersion,
                                      String entryReference,
                                      String listedName,
                                      String matchedName,
                                      double score,
                                      String justification,
                                      UserId dismissedBy) {
}
