package org.partnershipledger.application.partnership.views;

import java.time.LocalDate;

/**
 * An earlier agreement cycle of a renewed partnership (P9): its agreement and the conclusion that renewed it, kept so
 * that a renewal does not hide what the partners agreed and learned before.
 *
 * @param cycle      the cycle's number: 1 for the first agreement, one more for each renewal
 * @param agreement  the agreement of that cycle, with its amendments
 * @param conclusion the conclusion that ended the cycle with RENEW
 * @param renewedOn  the date the renewal started the next cycle (ISO 8601 date)
 */
public record AgreementCycleView(int cycle, AgreementView agreement, ConclusionView conclusion, LocalDate renewedOn) {
}
