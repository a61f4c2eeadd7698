package org.partnershipledger.adapters.rest.partnership.agreement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.partnershipledger.adapters.rest.partnership.MoneyRequest;
import org.partnershipledger.domain.partnership.PartnerContribution;
import org.partnershipledger.domain.partnership.PartnerId;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * One partner's part in an agreement: what it brings (money, in kind, or both) and its role and responsibilities.
 * Only the partner is required here; the agreement rules (P1, P4) name whatever else is missing, all at once.
 *
 * @param partnerId        the id of one of the partnership's partners
 * @param financial        the funds it brings; a contribution brings funds, something in kind, or both (P4)
 * @param inKind           what it brings other than funds, e.g. staff, premises or expertise
 * @param role             its role in the partnership; every agreement states each partner's role (P4)
 * @param responsibilities what it is responsible for; a formal partnership's agreement states them (P4)
 */
public record ContributionRequest(@NotBlank @Size(max = 64) String partnerId,
                                  @Valid MoneyRequest financial,
                                  @Size(max = 2000) String inKind,
                                  @Schema(requiredMode = REQUIRED) @Size(max = 2000) String role,
                                  @Size(max = 5000) String responsibilities) {

    PartnerContribution toContribution() {
        return new PartnerContribution(new PartnerId(partnerId), financial == null ? null : financial.toMoney(),
                inKind, role, responsibilities);
    }
}
