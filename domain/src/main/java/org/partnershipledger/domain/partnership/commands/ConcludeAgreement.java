package org.partnershipledger.domain.partnership.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.partnership.AgreementTerms;
import org.partnershipledger.domain.partnership.PartnershipId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Concludes the agreement of a vetted partnership on its signing date (P3, P4, P5): written terms for a formal
 * partnership, goals and roles for a collaborative relationship.
 */
public record ConcludeAgreement(@TargetAggregateIdentifier PartnershipId partnershipId, LocalDate signedOn,
                                AgreementTerms terms) {

    public ConcludeAgreement {
        Objects.requireNonNull(partnershipId, "partnershipId is required");
        Objects.requireNonNull(signedOn, "signedOn is required");
        Objects.requireNonNull(terms, "terms is required");
    }
}
