package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.RecordedFact;

import java.time.Instant;

/**
 * A record correction (P11). The view shows the corrected value in place; this entry keeps what it replaced and why,
 * since history is never edited.
 *
 * @param targetId the partner id or review id the fact belongs to, {@code null} for a fact of the partnership
 */
public record RecordCorrectionView(RecordedFact fact, String targetId, String oldValue, String newValue,
                                   String reason, Instant correctedAt) {
}
