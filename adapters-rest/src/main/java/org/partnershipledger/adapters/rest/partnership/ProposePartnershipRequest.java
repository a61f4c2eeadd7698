package org.partnershipledger.adapters.rest.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipledger.application.identity.Actor;
import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.partnership.commands.ProposePartnership;

import java.util.List;

import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/partnerships}. The lead office and the proposer are not part of it: they are the
 * authenticated caller's.
 *
 * @param transfer the funds or other resources the agency transfers, omitted when none
 * @param title      a short name for the partnership, at most 500 characters
 * @param purpose    what the partnership sets out to do and why, at most 5000 characters
 * @param form       FORMAL_PARTNERSHIP, a written agreement that may transfer funds or resources, or
 *                   COLLABORATIVE_RELATIONSHIP, mutually agreed goals and roles that transfer nothing (P1)
 * @param agencyRole the part the agency plays: CONVENER, FACILITATOR, PARTNER or OBSERVER
 * @param scope      the geographic reach: LOCAL, NATIONAL, REGIONAL or GLOBAL
 * @param partners   the partners taking part, 1 to 50, at most 6 of them ACTIVE (P2); each is vetted, or reuses a valid
 *                   clearance (V1, V7)
 */
public record ProposePartnershipRequest(@NotBlank @Size(max = 500) String title,
                                        @NotBlank @Size(max = 5000) String purpose,
                                        @NotNull PartnershipForm form,
                                        @NotNull AgencyRole agencyRole,
                                        @NotNull Scope scope,
                                        @Valid MoneyRequest transfer,
                                        @NotEmpty @Size(max = 50) List<@NotNull @Valid PartnerRequest> partners) {

    ProposePartnership toCommand(PartnershipId id, Actor proposer) {
        return convert(() -> new ProposePartnership(id, title.strip(), purpose.strip(), form, agencyRole, scope,
                transfer == null ? null : transfer.toMoney(),
                partners.stream().map(PartnerRequest::toProfile).toList(), proposer.office(), proposer.userId()));
    }
}
