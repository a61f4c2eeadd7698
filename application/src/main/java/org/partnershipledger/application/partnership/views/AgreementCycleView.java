package org.partnershipledger.application.partnership.views;

import java.time.LocalDate;

/**
 * An earlier agreement cycle of a renewed partnership (P9): its agreement and the conclusion that renewed it, kept so
 * that a renewal does not hide what the partners agreed and learned before.
 */
public record AgreementCycleView(int cycle, AgreementView agreement, ConclusionView conclusion, LocalDate renewedOn) {
}
