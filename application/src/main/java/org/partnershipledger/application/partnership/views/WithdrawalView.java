package org.partnershipledger.application.partnership.views;

import java.time.LocalDate;

/** A proposal withdrawn before any agreement (P8); the partnership is DISCONTINUED. */
public record WithdrawalView(String reason, LocalDate withdrawnOn) {
}
