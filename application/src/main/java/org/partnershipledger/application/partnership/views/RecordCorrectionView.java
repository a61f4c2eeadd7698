package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.RecordedFact;

import java.time.Instant;

/**
 * A record correction (P11). The view shows the corrected value in place; this entry keeps what it replaced and why,
 * since history is never edited.
 *
 * @param fact        what was corrected: TITLE, PURPOSE, PARTNER_NAME, PARTNER_REGISTRATION_REFERENCE or REVIEW_SUMMARY
 * @param targetId    the partner id or review id the fact belongs to, {@code null} for a fact of the partnership
 * @param oldValue    the value the correction replaced, or null when there was none
 * @param newValue    the corrected value
 * @param reason      why it was corrected (P11)
 * @param correctedAt when the correction was recorded (ISO 8601 instant)
 */
public record RecordCorrectionView(RecordedFact fact, String targetId, String oldValue, String newValue,
                                   String reason, Instant correctedAt) {
}
