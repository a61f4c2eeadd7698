package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.PartnershipStatus;

import java.time.LocalDate;

/** A partnership whose next review falls due on {@code dueOn}, as the review calendar lists it. */
public record ReviewDueView(String partnershipId, String title, String leadOffice, PartnershipStatus status,
                            LocalDate dueOn) {
}
