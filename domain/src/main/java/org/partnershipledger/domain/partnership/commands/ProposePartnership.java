package org.partnershipledger.domain.partnership.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.UserId;

import java.util.List;
import java.util.Objects;

/**
 * Proposes a new partnership on behalf of an officer; the officer's office becomes the lead office.
 *
 * @param transfer the resources the agency transfers, or {@code null} when none are transferred
 */
public record ProposePartnership(@TargetAggregateIdentifier PartnershipId partnershipId,
                                 String title,
                                 String purpose,
                                 PartnershipForm form,
                                 AgencyRole agencyRole,
                                 Scope scope,
                                 Money transfer,
                                 List<PartnerProfile> partners,
                                 OfficeCode leadOffice,
                                 UserId proposedBy) {

    public ProposePartnership {
        Objects.requireNonNull(partnershipId, "partnershipId is required");
        Objects.requireNonNull(form, "form is required");
        Objects.requireNonNull(agencyRole, "agencyRole is required");
        Objects.requireNonNull(scope, "scope is required");
        Objects.requireNonNull(leadOffice, "leadOffice is required");
        Objects.requireNonNull(proposedBy, "proposedBy is required");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("purpose is required");
        }
        partners = partners == null ? List.of() : List.copyOf(partners);
    }
}
