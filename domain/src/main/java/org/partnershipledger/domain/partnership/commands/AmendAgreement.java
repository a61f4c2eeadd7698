package org.partnershipledger.domain.partnership.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.partnership.AgreementChanges;
import org.partnershipledger.domain.partnership.AmendmentId;
import org.partnershipledger.domain.partnership.PartnershipId;

import java.time.LocalDate;
import java.util.Objects;

/** Amends the duration, budget or scope of an agreement, with the rationale for it (P10). */
public record AmendAgreement(@TargetAggregateIdentifier PartnershipId partnershipId,
                             AmendmentId amendmentId,
                             LocalDate amendedOn,
                             AgreementChanges changes,
                             String rationale) {

    public AmendAgreement {
        Objects.requireNonNull(partnershipId, "partnershipId is required");
        Objects.requireNonNull(amendmentId, "amendmentId is required");
        Objects.requireNonNull(amendedOn, "amendedOn is required");
        Objects.requireNonNull(changes, "changes is required");
        if (changes.changesNothing()) {
            throw new IllegalArgumentException("changes must change the duration, budget or scope");
        }
    }
}
