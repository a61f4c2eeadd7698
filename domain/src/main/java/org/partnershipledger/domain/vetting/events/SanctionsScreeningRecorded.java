package org.partnershipledger.domain.vetting.events;

import org.axonframework.serialization.Revision;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.vetting.ScreeningMatch;
import org.partnershipledger.domain.vetting.VettingId;

import java.time.Instant;
import java.util.List;

/**
 * The partner was screened against a sanctions list (V3); this screening supersedes earlier ones. Every match
 * counts against SANCTIONS until dismissed as a false positive.
 *
 * @param listVersion the list's own edition stamp, so that an auditor can tell which edition was searched
 * @param threshold   the score from which an entry counted as a match
 * @param matches     the entries that resembled the partner; empty for a clean result
 */
@Revision("1")
public record SanctionsScreeningRecorded(VettingId vettingId,
                                         PartnerId partnerId,
                                         String listName,
                                         String listVersion,
                                         Instant screenedAt,
                                         double threshold,
                                         String screenedName,
                                         List<ScreeningMatch> matches) {
}
