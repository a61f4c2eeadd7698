package org.partnershipledger.adapters.rest.partnership.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.partnershipledger.adapters.rest.partnership.MoneyRequest;
import org.partnershipledger.domain.partnership.PartnerContribution;
import org.partnershipledger.domain.partnership.PartnerId;

/**
 * One partner's part in an agreement: what it brings (money, in kind, or both) and its role and responsibilities.
 * Only the partner is required here; the agreement rules (P1, P4) name whatever else is missing, all at once.
 */
public record ContributionRequest(@NotBlank @Size(max = 64) String partnerId,
                                  @Valid MoneyRequest financial,
                                  @Size(max = 2000) String inKind,
                                  @Size(max = 2000) String role,
                                  @Size(max = 5000) String responsibilities) {

    PartnerContribution toContribution() {
        return new PartnerContribution(new PartnerId(partnerId), financial == null ? null : financial.toMoney(),
                inKind, role, responsibilities);
    }
}
