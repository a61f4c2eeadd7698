package org.partnershipledger.adapters.rest.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.partnershipledger.adapters.rest.problem.InvalidRequestException;
import org.partnershipledger.application.identity.Actor;
import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.partnership.commands.ProposePartnership;
import org.partnershipledger.domain.shared.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /api/partnerships}. The lead office and the proposer are not part of it: they are the
 * authenticated caller's.
 */
public record ProposePartnershipRequest(@NotBlank @Size(max = 500) String title,
                                        @NotBlank @Size(max = 5000) String purpose,
                                        @NotNull PartnershipForm form,
                                        @NotNull AgencyRole agencyRole,
                                        @NotNull Scope scope,
                                        @Valid TransferRequest transfer,
                                        @NotEmpty @Size(max = 50) List<@NotNull @Valid PartnerRequest> partners) {

    /** Funds or other resources the agency transfers. */
    public record TransferRequest(@NotNull @PositiveOrZero BigDecimal amount,
                                  @NotBlank @Size(min = 3, max = 3) String currency) {
    }

    /**
     * A partner taking part.
     *
     * @param partnerId an existing partner's id; a new partner gets one when omitted
     */
    public record PartnerRequest(@Size(max = 64) String partnerId,
                                 @NotBlank @Size(max = 300) String name,
                                 @NotNull PartnerType type,
                                 @NotBlank @Size(min = 2, max = 2) String country,
                                 @Size(max = 100) String registrationReference,
                                 @NotNull EngagementLevel engagement) {

        PartnerProfile toProfile() {
            PartnerId id = partnerId == null || partnerId.isBlank() ? PartnerId.newId() : new PartnerId(partnerId);
            return new PartnerProfile(id, name.strip(), type, country, registrationReference, engagement);
        }
    }

    ProposePartnership toCommand(PartnershipId id, Actor proposer) {
        try {
            Money money = transfer == null ? null : new Money(transfer.amount(), transfer.currency());
            return new ProposePartnership(id, title.strip(), purpose.strip(), form, agencyRole, scope, money,
                    partners.stream().map(PartnerRequest::toProfile).toList(), proposer.office(), proposer.userId());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage(), e);
        }
    }
}
