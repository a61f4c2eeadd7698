package org.partnershipledger.application.partnership.views;

import java.time.LocalDate;

/**
 * A proposal withdrawn before any agreement (P8); the partnership is DISCONTINUED.
 *
 * @param reason      why the proposal was withdrawn
 * @param withdrawnOn the date of the withdrawal (ISO 8601 date)
 */
public record WithdrawalView(String reason, LocalDate withdrawnOn) {
}
